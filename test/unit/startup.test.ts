import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../src/commands/registry.js";
import { ROOT, SEED, tempDir } from "../helpers/cli.js";

// Markers that only the DOCX writer, the prompt library and the workbook writer contain.
const HEAVY = { docx: "wordprocessingml", prompts: "usePrefix", xlsx: "xl/sharedStrings.xml" };
const bundle = (name: string) => readFileSync(join(ROOT, "dist", name), "utf8");

/** The tool's own files a run of the real binary loaded, read from require.cache at exit (a public Node API). */
function loadedBundles(args: string[], { warm = false, warmWith = args } = {}): string[] {
  // A plan cache of the test's own; warm: the plans are in it already (src/pipeline/plan-cache.ts),
  // as on a second run, from a run of `warmWith`.
  const env = { ...process.env, XDG_CACHE_HOME: tempDir() };
  if (warm) execFileSync(process.execPath, [join(ROOT, "bin/dialogue.js"), ...warmWith], { cwd: ROOT, stdio: "ignore", env });
  const dir = tempDir();
  const probe = join(dir, "probe.cjs");
  const out = join(dir, "loaded.json");
  writeFileSync(probe, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));`);
  execFileSync(process.execPath, ["--require", probe, join(ROOT, "bin/dialogue.js"), ...args], { cwd: ROOT, stdio: "ignore", env });
  const dist = join(ROOT, "dist");
  return (JSON.parse(readFileSync(out, "utf8")) as string[]).filter((f) => f.startsWith(dist)).map((f) => basename(f)).sort();
}

describe("start-up path", () => {
  it.each(["cli.cjs", "validate.cjs", "status.cjs", "task.cjs", "session.cjs", "calendar.cjs"])("%s holds neither the DOCX writer, nor the prompt library, nor the workbook writer", (file) => {
    const code = bundle(file);
    for (const [name, marker] of Object.entries(HEAVY)) expect(code.includes(marker), `${file} holds ${name}`).toBe(false);
  });

  it.each<[string[], string[]]>([
    [["--help"], []],
    [["--version"], []],
    [["status", "--help"], []],
    [["validate", SEED, "--no-cache"], ["validate.cjs", "check.cjs"]],
    // A day typed on the command line, or today, is read with luxon: dist/clerk-dates.cjs.
    [["status", SEED, "--as-of", "2021-04-01", "--no-cache"], ["status.cjs", "status-text.cjs", "check.cjs", "clerk-dates.cjs"]],
    [["status", SEED, "--as-of", "2021-04-01", "--format", "xlsx", "--no-cache"], ["status.cjs", "status-xlsx.cjs", "check.cjs", "clerk-dates.cjs"]],
    // Without the cache every document is written: the DOCX library is its own bundle.
    [["render", SEED, "--only", "plan", "-o", tempDir(), "--no-cache"], ["render.cjs", "plan-model.cjs", "check.cjs", "docx-writer.cjs"]],
  ])("dialogue %j loads the entry and only the files it needs: %j", (args, own) => {
    expect(loadedBundles(args)).toEqual(["cli.cjs", "compile-cache.cjs", ...own].sort());
  });

  const otherDay = ["status", SEED, "--as-of", "2021-04-02"];
  it.each<[string[], string[], string[]?]>([
    [["validate", SEED], ["validate.cjs"]],
    // The same question asked again: the report made for it is kept, and no writer is loaded.
    [["status", SEED, "--as-of", "2021-04-01"], ["status.cjs", "clerk-dates.cjs"]],
    [["status", SEED, "--as-of", "2021-04-01", "--format", "csv"], ["status.cjs", "clerk-dates.cjs"]],
    // Another question: the report is written, from the plans kept.
    [["status", SEED, "--as-of", "2021-04-01"], ["status.cjs", "status-text.cjs", "clerk-dates.cjs"], otherDay],
    // JSON needs neither the text's table library nor the CSV writer.
    [["status", SEED, "--as-of", "2021-04-01", "--format", "json"], ["status.cjs", "clerk-dates.cjs"], otherDay],
    [["status", SEED, "--as-of", "2021-04-01", "--format", "csv"], ["status.cjs", "status-data.cjs", "clerk-dates.cjs"], otherDay],
    // Its document too was kept (by its model and templates): the DOCX library is not loaded.
    [["render", SEED, "--only", "plan", "-o", tempDir()], ["render.cjs", "plan-model.cjs"]],
  ])("with its plans in the plan cache, dialogue %j loads neither the checker nor the templates' check: %j", (args, own, warmWith) => {
    expect(loadedBundles(args, { warm: true, warmWith })).toEqual(["cli.cjs", "compile-cache.cjs", ...own].sort());
  });

  it("init --yes and record --skeleton ask nothing and load no prompt library", () => {
    const dir = tempDir();
    expect(loadedBundles(["init", join(dir, "k.yaml"), "--yes", "--province", "Quảng Ngãi", "--signer", "Họ Tên"])).toEqual(["clerk-dates.cjs", "cli.cjs", "compile-cache.cjs", "init.cjs"]);
    const plan = join(dir, "p.yaml");
    writeFileSync(plan, readFileSync(SEED));
    execFileSync(process.execPath, [join(ROOT, "bin/dialogue.js"), "session", plan, "khoi-nghiep", "--held-on", "2021-04-22", "--on", "2021-04-22"], { stdio: "ignore" });
    expect(loadedBundles(["record", plan, "khoi-nghiep", "--skeleton"])).toEqual(["cli.cjs", "compile-cache.cjs", "record.cjs"]);
    expect(readFileSync(plan, "utf8")).toContain("    record:\n");
  });

  it("every command of the registry is a bundle of its own", () => {
    for (const name of COMMAND_NAMES) expect(bundle(`${name}.cjs`).length, name).toBeGreaterThan(0);
  });

  it("the DOCX writer, the prompts and the workbook writer are each in a bundle of their own", () => {
    expect(bundle("docx-writer.cjs")).toContain(HEAVY.docx);
    expect(bundle("render.cjs").includes(HEAVY.docx)).toBe(false);
    expect(bundle("terminal-prompts.cjs")).toContain(HEAVY.prompts);
    for (const file of ["init.cjs", "record.cjs"]) expect(bundle(file).includes(HEAVY.prompts), file).toBe(false);
    // Only the prompts used are bundled: not the editor prompt and its encodings (iconv-lite).
    expect(bundle("terminal-prompts.cjs")).not.toMatch(/iconv|external-editor/);
    expect(bundle("status-xlsx.cjs")).toContain(HEAVY.xlsx);
  });

  it("every prompt type the questions ask is in the prompt bundle, and only those are left out", () => {
    const asked = [...readFileSync(join(ROOT, "src/prompts/terminal-prompts.ts"), "utf8").matchAll(/type: "([a-z]+)"/g)].map((m) => m[1]);
    const leftOut = [...bundle("terminal-prompts.cjs").matchAll(/@inquirer\/([a-z]+) is left out of the build/g)].map((m) => m[1]);
    expect(new Set(asked)).toEqual(new Set(["input", "confirm", "select", "checkbox"]));
    expect(leftOut.length).toBeGreaterThan(0);
    for (const type of asked) expect(leftOut, type).not.toContain(type);
  });
});
