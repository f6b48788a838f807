import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

/** The user's real plan cache (src/pipeline/plan-cache.ts): the tests give the tool their own (test/tool-tmpdir.ts). */
const realPlanCache = join(process.env.XDG_CACHE_HOME || join(userInfo().homedir, ".cache"), "dialogue", "plans");
const entries = () => {
  try {
    return readdirSync(realPlanCache);
  } catch {
    return [];
  }
};

/**
 * Every test's temporary files go into one folder of this run (TMPDIR, inherited by the test
 * workers), removed at the end; and no test may leave an entry in the user's real plan cache.
 */
export default function setup(): () => void {
  const run = mkdtempSync(join(tmpdir(), "dialogue-test-run-"));
  process.env.TMPDIR = run;
  const before = new Set(entries());
  return () => {
    rmSync(run, { recursive: true, force: true });
    const leaked = entries().filter((name) => !before.has(name));
    if (leaked.length) throw new Error(`the tests left ${leaked.length} entries in the user's plan cache ${realPlanCache}: a test ran the tool without the home of test/tool-tmpdir.ts`);
  };
}
