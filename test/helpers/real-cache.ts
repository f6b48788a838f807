import { readdirSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { deserialize } from "node:v8";

// The user's real plan cache (src/pipeline/plan-cache.ts). The tests give the tool a home of its
// own (test/tool-tmpdir.ts); an entry of this build appearing in the real one is a test that ran
// the tool without it. Other worktrees' runs on the same machine write entries of their own builds.
// Worked out once per worker, before test/tool-tmpdir.ts moves the environment to a test home.
const folder = (process.env.DIALOGUE_TEST_REAL_PLAN_CACHE ??= join(process.env.XDG_CACHE_HOME || join(userInfo().homedir, ".cache"), "dialogue", "plans"));

const builds = (() => {
  try {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    return new Set([readFileSync(new URL("../../dist/build-id.txt", import.meta.url), "utf8").trim(), `${version}+source`]);
  } catch {
    return new Set<string>();
  }
})();

export function realCacheEntries(): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Of these entry names, those this build wrote. */
export function madeByThisBuild(names: readonly string[]): string[] {
  return names.filter((name) => {
    try {
      return builds.has((deserialize(readFileSync(join(folder, name))) as { build?: string }).build ?? "");
    } catch {
      return false;
    }
  });
}
