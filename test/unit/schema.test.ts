import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM build script without type declarations
import { planTypesSource } from "../../scripts/plan-types.mjs";
import { ROOT } from "../helpers/cli.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schemas/plan.schema.json"), "utf8"));

/** Every property schema in the document, with a readable location. */
function* properties(node: unknown, where = "#"): Generator<[string, Record<string, unknown>]> {
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  for (const [name, child] of Object.entries((record.properties ?? {}) as Record<string, Record<string, unknown>>)) {
    yield [`${where}/properties/${name}`, child];
    yield* properties(child, `${where}/properties/${name}`);
  }
  for (const [name, child] of Object.entries((record.definitions ?? {}) as Record<string, unknown>)) yield* properties(child, `#/definitions/${name}`);
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe("plan schema", () => {
  it("is JSON Schema draft-07", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
  });

  it("explains every property in Vietnamese, for hover help in the editor", () => {
    const all = [...properties(schema)];
    expect(all.length).toBeGreaterThan(60);
    const resolve = (p: Record<string, unknown>) =>
      p.description ?? (typeof p.$ref === "string" ? schema.definitions[p.$ref.split("/").pop()!].description : undefined);
    const missing = all.filter(([, p]) => !VIETNAMESE.test(String(resolve(p) ?? ""))).map(([where]) => where);
    expect(missing).toEqual([]);
  });

  it("describes every allowed value of every enum in Vietnamese, for completion in the editor", () => {
    const enums: [string, Record<string, unknown>][] = [
      ...[...properties(schema)].filter(([, p]) => Array.isArray(p.enum)),
      ...Object.entries(schema.definitions as Record<string, Record<string, unknown>>).filter(([, d]) => Array.isArray(d.enum)),
    ];
    expect(enums.length).toBeGreaterThanOrEqual(6);
    for (const [where, p] of enums) {
      const descriptions = p.enumDescriptions as string[] | undefined;
      expect(descriptions?.length, where).toBe((p.enum as unknown[]).length);
      for (const d of descriptions ?? []) expect(d, where).toMatch(VIETNAMESE);
    }
  });

  it("agrees with the TypeScript types: regenerating them changes nothing", async () => {
    const committed = readFileSync(join(ROOT, "src/plan/types.gen.ts"), "utf8");
    expect(await planTypesSource()).toBe(committed);
  });
});
