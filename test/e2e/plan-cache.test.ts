import { cpSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SEED, SON_NGUYEN, dialogue, tempDir } from "../helpers/cli.js";

// The plan cache (src/pipeline/plan-cache.ts) through the real binary: each test gives the tool a
// cache folder of its own.

const plansIn = (cache: string) => readdirSync(join(cache, "dialogue", "plans"));

/** A folder of plans: the examples, copied, so that tests may change them. */
function planFolder(): string {
  const dir = tempDir();
  for (const name of readdirSync(join(ROOT, "examples")).filter((n) => n.endsWith(".yaml"))) cpSync(join(ROOT, "examples", name), join(dir, name));
  return dir;
}

describe("the plan cache", () => {
  it("two status runs at once on the same files, with an empty cache, both succeed with the same output", async () => {
    const plans = planFolder();
    const files = readdirSync(plans).map((n) => join(plans, n));
    for (let round = 0; round < 3; round++) {
      const cache = tempDir();
      const args = ["status", ...files, "--as-of", "2024-09-10", "--format", "json"];
      const [a, b] = await Promise.all([dialogue(args, { env: { XDG_CACHE_HOME: cache } }), dialogue(args, { env: { XDG_CACHE_HOME: cache } })]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      expect(b.stdout).toBe(a.stdout);
      expect(b.stderr).toBe(a.stderr);
      // Each file's entry, and its status rows of that day (twice, when both runs wrote the file's entry).
      expect(plansIn(cache).length).toBeGreaterThanOrEqual(2 * files.length);
      expect(plansIn(cache).length).toBeLessThanOrEqual(3 * files.length);
      const uncached = await dialogue([...args, "--no-cache"], { env: { XDG_CACHE_HOME: tempDir() } });
      expect(a.stdout).toBe(uncached.stdout);
      // And from the entries both runs left.
      expect((await dialogue(args, { env: { XDG_CACHE_HOME: cache } })).stdout).toBe(a.stdout);
    }
  });

  it("a plan changed in place (same length, same time) is checked again: the new mistake and its line show", async () => {
    const cache = tempDir();
    const env = { XDG_CACHE_HOME: cache };
    const file = join(planFolder(), "ke-hoach-doi-thoai-2021.yaml");
    const { mtime } = statSync(file);
    expect((await dialogue(["validate", file], { env })).code).toBe(0);
    const text = readFileSync(file, "utf8");
    const changed = text.replace("on: 2021-03-31", "on: 2021-02-31");
    expect(changed.length).toBe(text.length);
    writeFileSync(file, changed);
    utimesSync(file, mtime, mtime);
    const run = await dialogue(["validate", file], { env });
    expect(run.code).toBe(1);
    const line = changed.split("\n").findIndex((l) => l.includes("2021-02-31")) + 1;
    expect(run.stdout).toContain(`${file}:${line}:`);
    expect(run.stdout).toBe((await dialogue(["validate", file, "--no-cache"], { env })).stdout);
  });

  it("--no-cache neither reads nor writes the cache; status rows keep their lines from the cache", async () => {
    const cache = tempDir();
    const env = { XDG_CACHE_HOME: cache };
    const args = ["status", SON_NGUYEN, "--as-of", "2024-09-10", "--format", "json"];
    const uncached = await dialogue([...args, "--no-cache"], { env });
    expect(uncached.code, uncached.stderr).toBe(0);
    expect(existsSync(join(cache, "dialogue", "plans"))).toBe(false);
    const first = await dialogue(args, { env });
    const second = await dialogue(args, { env });
    expect(plansIn(cache)).toHaveLength(2);
    expect(second.stdout).toBe(uncached.stdout);
    expect(first.stdout).toBe(uncached.stdout);
    const rows = JSON.parse(second.stdout) as { tasks: { line: number }[] };
    expect(rows.tasks.length).toBeGreaterThan(0);
    expect(rows.tasks.every((task) => task.line > 0)).toBe(true);
  });

  it("status rows are kept per day: another --as-of or --due-within is worked out, not taken", async () => {
    const cache = tempDir();
    const env = { XDG_CACHE_HOME: cache };
    for (const options of [["--as-of", "2024-09-10"], ["--as-of", "2024-09-11"], ["--as-of", "2024-09-11", "--due-within", "30"], ["--as-of", "2024-03-01", "--state", "overdue"]]) {
      const args = ["status", SON_NGUYEN, ...options, "--format", "json"];
      const uncached = await dialogue([...args, "--no-cache"], { env });
      expect((await dialogue(args, { env })).stdout).toBe(uncached.stdout);
      expect((await dialogue(args, { env })).stdout).toBe(uncached.stdout);
    }
  });

  it("validate, render and calendar share the entries; each says --no-cache in its help", async () => {
    const cache = tempDir();
    const env = { XDG_CACHE_HOME: cache };
    expect((await dialogue(["validate", SEED], { env })).code).toBe(0);
    const entries = plansIn(cache);
    const out = tempDir();
    expect((await dialogue(["render", SEED, "-o", out], { env })).code).toBe(0);
    expect((await dialogue(["calendar", SEED, "-o", join(out, "lich.ics")], { env })).code).toBe(0);
    // The same check entries; render adds its documents' bytes beside them (names ending "-m").
    expect(plansIn(cache).filter((name) => !name.endsWith("-m"))).toEqual(entries);
    expect(plansIn(cache).filter((name) => name.endsWith("-m")).length).toBeGreaterThan(0);
    for (const command of ["validate", "status", "render", "calendar"]) expect((await dialogue([command, "--help"])).stdout).toContain("--no-cache");
  });
});
