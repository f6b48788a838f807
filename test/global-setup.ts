import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every test's temporary files go into one folder of this run (TMPDIR, inherited by the test
 * workers and the binaries they start), removed at the end. Anything a test or the tool leaves in
 * the system's own temporary folder is a leak, and fails the run.
 */
export default function setup(): () => void {
  const system = tmpdir();
  const ours = (names: string[]) => names.filter((n) => n.startsWith("dialogue"));
  const before = new Set(ours(readdirSync(system)));
  const run = mkdtempSync(join(system, "dialogue-test-run-"));
  process.env.TMPDIR = run;
  return () => {
    rmSync(run, { recursive: true, force: true });
    const leaked = ours(readdirSync(system)).filter((n) => !before.has(n));
    if (leaked.length) throw new Error(`tests left files in ${system}: ${leaked.join(", ")}`);
  };
}
