import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

// Markers that only the DOCX writer and the prompt library contain.
const HEAVY = { docx: "wordprocessingml", prompts: "ExitPromptError" };
const bundle = (name: string) => readFileSync(join(ROOT, "dist", name), "utf8");

describe("start-up path", () => {
  it.each(["cli.cjs", "validate.cjs", "status.cjs", "task.cjs", "session.cjs", "calendar.cjs"])("%s holds neither the DOCX writer nor the prompt library", (file) => {
    const code = bundle(file);
    for (const [name, marker] of Object.entries(HEAVY)) expect(code.includes(marker), `${file} holds ${name}`).toBe(false);
  });

  it("the entry loads each command's file only when that command runs", () => {
    const cli = bundle("cli.cjs");
    expect(cli).toContain(`Promise.resolve().then(() => __toESM(require("./render.cjs"), 1))`);
    const commands = [...readFileSync(join(ROOT, "src/cli.ts"), "utf8").matchAll(/import\("\.\/commands\/([a-z-]+)\.js"\)/g)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(cli.match(/require\("\.\/[a-z-]+\.cjs"\)/g)?.sort()).toEqual(commands.sort().map((c) => `require("./${c}.cjs")`));
  });

  it("the DOCX writer is in the render bundle, the prompts in the init bundle", () => {
    expect(bundle("render.cjs")).toContain(HEAVY.docx);
    expect(bundle("init.cjs")).toContain(HEAVY.prompts);
  });
});
