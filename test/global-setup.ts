import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { deserialize } from "node:v8";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

/** The user's real plan cache (src/pipeline/plan-cache.ts): the tests give the tool their own (test/tool-tmpdir.ts). */
const realPlanCache = join(process.env.XDG_CACHE_HOME || join(userInfo().homedir, ".cache"), "dialogue", "plans");
/** This build's mark in an entry (scripts/build.mjs writes it; "+source": the unit tests' in-process runs). */
const ours = (() => {
  try {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    return new Set([readFileSync(new URL("../dist/build-id.txt", import.meta.url), "utf8").trim(), `${version}+source`]);
  } catch {
    return new Set<string>();
  }
})();
const madeHere = (name: string) => {
  try {
    return ours.has((deserialize(readFileSync(join(realPlanCache, name))) as { build?: string }).build ?? "");
  } catch {
    return false;
  }
};
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
    // Only this build's: other worktrees' test runs on the same machine write their own.
    const leaked = entries().filter((name) => !before.has(name) && madeHere(name));
    if (leaked.length) throw new Error(`the tests left ${leaked.length} entries in the user's plan cache ${realPlanCache}: a test ran the tool without the home of test/tool-tmpdir.ts`);
  };
}
