// After a build: run the main commands once on the examples so that V8's code cache (see
// src/compile-cache.ts) is in place before the first real run. Nothing is written outside dist/
// and a temporary folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = new URL("../bin/dialogue.js", import.meta.url).pathname;
const example = new URL("../examples/ke-hoach-doi-thoai-2024-son-nguyen.yaml", import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), "dialogue-warm-"));
// --no-cache: each command runs its whole path (the plans checked, not taken from the plan cache),
// and nothing lands in the user's plan cache at install.
for (const args of [["--help"], ["validate", example], ["status", example, "--as-of", "2024-09-10"], ["status", example, "--as-of", "2024-09-10", "--format", "xlsx"], ["render", example, "-o", out]]) {
  try {
    execFileSync(process.execPath, [bin, ...args, "--no-cache"], { stdio: "ignore" });
  } catch {
    // A warm-up that fails changes nothing: the cache is only an optimisation.
  }
}
rmSync(out, { recursive: true, force: true });
