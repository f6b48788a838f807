import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, parse, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dialogue, lineOf, ROOT, tempDir } from "../helpers/cli.js";
import { LanguageServer } from "../helpers/language-server.js";

const SCHEMA = readFileSync(join(ROOT, "schemas/plan.schema.json"));

/**
 * Where VS Code's YAML extension looks for a plan's schema: the language server takes the first
 * comment line with `yaml-language-server:`, its `$schema=` value up to a space, and resolves a
 * relative one against the folder of the plan (yamlSchemaService, getSchemaForResource).
 */
function schemaAsTheEditorFindsIt(plan: string): string | undefined {
  const line = readFileSync(plan, "utf8").split(/\r?\n/).find((l) => /^\s*#\s*yaml-language-server\s*:/.test(l));
  const target = line && /\$schema[=:]\s*(\S+)/.exec(line)?.[1];
  if (!target) return undefined;
  return target.startsWith("/") ? target : resolve(parse(resolve(plan)).dir, target);
}

const init = (file: string) => dialogue(["init", file, "--yes", "--province", "Quảng Ngãi", "--signer", "Họ Tên", "--year", "2026"]);

describe("the plan's schema line resolves wherever the plans folder goes (#19.1)", () => {
  it("init puts the schema beside the plan and points at it, so the folder moves to any depth with its help", async () => {
    const home = tempDir();
    const plan = join(home, "ke-hoach-2026.yaml");
    const made = await init(plan);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`chép cấu trúc tệp kế hoạch vào ${join(home, "plan.schema.json")}`);
    expect(readFileSync(plan, "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=plan.schema.json");
    expect(readFileSync(schemaAsTheEditorFindsIt(plan)!)).toEqual(SCHEMA);

    // A colleague's shared repository, three folders deeper, on another path altogether.
    const shared = join(tempDir(), "kho-chung", "van-phong", "doi-thoai", "2026");
    mkdirSync(shared, { recursive: true });
    cpSync(home, shared, { recursive: true });
    const moved = join(shared, "ke-hoach-2026.yaml");
    expect(readFileSync(schemaAsTheEditorFindsIt(moved)!)).toEqual(SCHEMA);
    // The YAML language server itself, opened on the moved plan, explains its fields in Vietnamese.
    const server = await LanguageServer.start(shared);
    try {
      const text = readFileSync(moved, "utf8");
      await server.open(moved, text);
      expect(await server.hover(moved, lineOf(text, "year: 2026"), 1)).toMatch(/Năm/);
    } finally {
      server.stop();
    }
    const check = await dialogue(["validate", moved]);
    expect(check.stdout).toBe("đã kiểm tra 1 tệp: không có lỗi.\n");
  });

  it("a second plan in the folder finds the schema there and leaves it as it is", async () => {
    const home = tempDir();
    expect((await init(join(home, "a.yaml"))).code).toBe(0);
    const second = await init(join(home, "b.yaml"));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toContain("plan.schema.json");
    expect(readFileSync(schemaAsTheEditorFindsIt(join(home, "b.yaml"))!)).toEqual(SCHEMA);
  });

  it("validate warns, at the line, when the schema line points at nothing, and says how to mend it", async () => {
    const home = tempDir();
    const plan = join(home, "ke-hoach-2026.yaml");
    expect((await init(plan)).code).toBe(0);
    const alone = join(tempDir(), "ke-hoach-2026.yaml");
    cpSync(plan, alone);
    expect(existsSync(schemaAsTheEditorFindsIt(alone)!)).toBe(false);
    const run = await dialogue(["validate", alone]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${alone}:1:33  cảnh báo`);
    expect(run.stdout).toContain(`dialogue schema --copy-to ${parse(alone).dir}`);
    expect(run.stdout).toContain("1 cảnh báo");
    // After the copy the editor finds it, and validate is quiet.
    expect((await dialogue(["schema", "--copy-to", parse(alone).dir])).code).toBe(0);
    expect((await dialogue(["validate", alone])).stdout).toBe("đã kiểm tra 1 tệp: không có lỗi.\n");

    // An old line into the tool's install folder: the same warning, and the line to write instead.
    const old = join(tempDir(), "cu.yaml");
    writeFileSync(old, readFileSync(plan, "utf8").replace("$schema=plan.schema.json", "$schema=../../tools/dialogue/schemas/plan.schema.json"));
    const stale = await dialogue(["validate", old, "--format", "json"]);
    const [finding] = JSON.parse(stale.stdout);
    expect(finding).toMatchObject({ line: lineOf(readFileSync(old, "utf8"), "yaml-language-server"), column: 33, severity: "warning", code: "schema-line-broken" });
    expect(finding.message).toContain("sửa dòng đó thành: # yaml-language-server: $schema=plan.schema.json");
  });

  it("an address on the web is left to the editor; the examples' lines resolve in the repository", async () => {
    const plan = join(tempDir(), "web.yaml");
    const home = tempDir();
    expect((await init(join(home, "k.yaml"))).code).toBe(0);
    writeFileSync(plan, readFileSync(join(home, "k.yaml"), "utf8").replace("$schema=plan.schema.json", "$schema=https://example.org/plan.schema.json"));
    expect((await dialogue(["validate", plan])).stdout).toBe("đã kiểm tra 1 tệp: không có lỗi.\n");
    for (const example of ["ke-hoach-doi-thoai-2021.yaml", "ke-hoach-doi-thoai-2024-son-nguyen.yaml"])
      expect(readFileSync(schemaAsTheEditorFindsIt(join(ROOT, "examples", example))!)).toEqual(SCHEMA);
  });
});
