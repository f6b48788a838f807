import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

// Markers that only the DOCX writer and the prompt library contain.
const HEAVY = { docx: "wordprocessingml", prompts: "ExitPromptError" };

/** The chunks a bundle file loads before running: its static imports, transitively (not `import()`). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(ROOT, "dist", file), "utf8");
  for (const [, dep] of code.matchAll(/^import\s[^;]*?from\s*"\.\/([^"]+)";?/gm)) staticClosure(dep, seen);
  for (const [, dep] of code.matchAll(/^import\s*"\.\/([^"]+)";?/gm)) staticClosure(dep, seen);
  return seen;
}

function lazyChunk(name: string): string {
  const cli = readFileSync(join(ROOT, "dist/cli.mjs"), "utf8");
  const match = new RegExp(`import\\("\\./(${name}-[A-Z0-9]+\\.mjs)"\\)`).exec(cli);
  if (!match) throw new Error(`no lazy chunk for ${name}`);
  return match[1];
}

describe("start-up path", () => {
  it("--help loads neither the DOCX writer nor the prompt library", () => {
    for (const file of staticClosure("cli.mjs")) {
      const code = readFileSync(join(ROOT, "dist", file), "utf8");
      for (const [name, marker] of Object.entries(HEAVY)) expect(code.includes(marker), `${file} holds ${name}`).toBe(false);
    }
  });

  it("validate loads only its own chunk on top of the entry", () => {
    const files = staticClosure(lazyChunk("validate"), staticClosure("cli.mjs"));
    for (const file of files) {
      const code = readFileSync(join(ROOT, "dist", file), "utf8");
      for (const [name, marker] of Object.entries(HEAVY)) expect(code.includes(marker), `${file} holds ${name}`).toBe(false);
    }
  });
});
