import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect } from "vitest";
import { madeByThisBuild, realCacheEntries } from "./helpers/real-cache.js";

// The binaries a test file starts (helpers/cli.ts) get a temporary folder of their own: whatever
// the tool leaves there is a leak of the tool, and fails that file.
const tool = mkdtempSync(join(tmpdir(), "tool-"));
process.env.DIALOGUE_TEST_TOOL_TMPDIR = tool;

// The user's folders too: the plan cache (src/pipeline/plan-cache.ts) of a test file's runs goes
// into a home of its own, never into the real one, whether a test runs the binary (which gets HOME
// and XDG_CACHE_HOME from here) or calls the commands in this process (os.homedir() reads HOME).
const realBefore = new Set(realCacheEntries());
const home = mkdtempSync(join(tmpdir(), "home-"));
process.env.HOME = home;
process.env.USERPROFILE = home;
process.env.XDG_CACHE_HOME = join(home, ".cache");
process.env.LOCALAPPDATA = join(home, "AppData", "Local");
mkdirSync(process.env.LOCALAPPDATA, { recursive: true });

afterAll(() => {
  const left = readdirSync(tool);
  rmSync(tool, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
  expect(left, "temporary files the tool left behind").toEqual([]);
  const leaked = madeByThisBuild(realCacheEntries().filter((name) => !realBefore.has(name)));
  expect(leaked, "entries in the user's real plan cache: a test ran the tool without this file's home").toEqual([]);
});
