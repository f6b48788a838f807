import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Every test's temporary files go into one folder of this run (TMPDIR, inherited by the test workers), removed at the end. */
export default function setup(): () => void {
  const run = mkdtempSync(join(tmpdir(), "dialogue-test-run-"));
  process.env.TMPDIR = run;
  return () => rmSync(run, { recursive: true, force: true });
}
