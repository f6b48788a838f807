import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED, tempDir } from "../helpers/cli.js";
import { DocxFile } from "../helpers/docx.js";

/**
 * render keeps each document's bytes in the plan cache, by its model and templates (the DOCX writer
 * is a pure function of them): a document made again from the same model is taken from there, and
 * anything that changes the model or the templates makes it anew.
 */
async function rendered(plan: string, ...args: string[]): Promise<{ bytes: Buffer; texts: string }> {
  const out = tempDir();
  const run = await dialogue(["render", plan, "--only", "plan", "-o", out, ...args]);
  expect(run.code, run.stderr).toBe(0);
  const [name] = readdirSync(out).filter((f) => f.endsWith(".docx"));
  const path = join(out, name);
  // Lines as words: the title is broken into lines by its width, wherever the words fall.
  return { bytes: readFileSync(path), texts: new DocxFile(path).paragraphs().map((p) => p.text).join(" ").replace(/\s+/g, " ") };
}

describe("documents kept in the plan cache", () => {
  it("gives the same bytes from the cache as written afresh", async () => {
    const first = await rendered(SEED);
    const kept = await rendered(SEED);
    const fresh = await rendered(SEED, "--no-cache");
    expect(kept.bytes.equals(fresh.bytes)).toBe(true);
    expect(first.bytes.equals(fresh.bytes)).toBe(true);
  });

  it("writes the document anew when the plan changes, and again when it changes back", async () => {
    const plan = copyExample(SEED);
    const original = readFileSync(plan, "utf8");
    expect((await rendered(plan)).texts).toContain("Bí thư Tỉnh ủy với dân năm 2021");
    writeFileSync(plan, original.replaceAll("Bí thư Tỉnh ủy với dân năm 2021", "Bí thư Tỉnh ủy với Nhân dân năm 2021"));
    const edited = await rendered(plan);
    expect(edited.texts).toContain("Bí thư Tỉnh ủy với Nhân dân năm 2021");
    writeFileSync(plan, original);
    expect((await rendered(plan)).texts).not.toContain("với Nhân dân");
  });

  it("writes the document anew for a province's own templates, though the plan is the same", async () => {
    // Words of the templates reach the model; a layout (the profile's line height) only the writer.
    const templates = tempDir();
    mkdirSync(join(templates, "profiles"), { recursive: true });
    writeFileSync(join(templates, "wording.json"), JSON.stringify({ plan: { implementationSection: "Tổ chức triển khai" } }));
    const standard = await rendered(SEED);
    expect(standard.texts).toContain("Tổ chức thực hiện");
    expect((await rendered(SEED, "--templates", templates)).texts).toContain("Tổ chức triển khai");
    writeFileSync(join(templates, "profiles", "hd36.json"), JSON.stringify({ body: { lineExactPt: 20 } }));
    const taller = await rendered(SEED, "--templates", templates);
    expect(taller.bytes.equals((await rendered(SEED, "--templates", templates, "--no-cache")).bytes)).toBe(true);
    rmSync(join(templates, "wording.json"));
    const layoutOnly = await rendered(SEED, "--templates", templates);
    expect(layoutOnly.texts).toBe(standard.texts);
    expect(layoutOnly.bytes.equals(standard.bytes)).toBe(false);
    expect((await rendered(SEED)).bytes.equals(standard.bytes)).toBe(true);
  });
});
