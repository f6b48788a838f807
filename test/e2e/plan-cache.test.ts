import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
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
      // Each file's entry, and its status rows of that day (twice, when both runs wrote the file's
      // entry), and the report made of them (once per run that made it).
      expect(plansIn(cache).length).toBeGreaterThanOrEqual(2 * files.length + 1);
      expect(plansIn(cache).length).toBeLessThanOrEqual(3 * files.length + 2);
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
    // The plan's entry, its rows of that day, and the report made of them.
    expect(plansIn(cache)).toHaveLength(3);
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

describe("a kept status report", () => {
  const sonNguyenCopy = () => {
    const file = join(tempDir(), "son-nguyen.yaml");
    cpSync(SON_NGUYEN, file);
    return file;
  };

  it("is what --no-cache gives, in every format, and is used again without touching any plan", async () => {
    const cache = tempDir();
    const env = { XDG_CACHE_HOME: cache };
    const plans = planFolder();
    const files = readdirSync(plans).map((n) => join(plans, n));
    for (const format of ["json", "csv", "text"]) {
      const args = ["status", ...files, "--as-of", "2025-03-31", "--format", format];
      const uncached = await dialogue([...args, "--no-cache"], { env: { XDG_CACHE_HOME: tempDir() } });
      expect(uncached.code, uncached.stderr).toBe(0);
      const made = await dialogue(args, { env });
      const kept = await dialogue(args, { env });
      expect(made).toEqual(uncached);
      expect(kept).toEqual(uncached);
    }
    // The workbook, written to a file, byte for byte.
    const out = tempDir();
    const workbook = async (name: string, more: string[], home: string) => {
      const run = await dialogue(["status", ...files, "--as-of", "2025-03-31", "-o", join(out, name), ...more], { env: { XDG_CACHE_HOME: home } });
      expect(run.code, run.stderr).toBe(0);
      return readFileSync(join(out, name));
    };
    const fresh = await workbook("fresh.xlsx", ["--no-cache"], tempDir());
    await workbook("made.xlsx", [], cache);
    expect((await workbook("kept.xlsx", [], cache)).equals(fresh)).toBe(true);
    // The plans' entries gone, the reports and rows left: the plans are checked again, under new
    // stamps, so nothing kept from the old checks is taken.
    for (const name of plansIn(cache).filter((n) => !n.endsWith("-d"))) rmSync(join(cache, "dialogue", "plans", name));
    const args = ["status", ...files, "--as-of", "2025-03-31", "--format", "json"];
    expect(await dialogue(args, { env })).toEqual(await dialogue([...args, "--no-cache"], { env }));
  });

  it("answers only the very question it was made for: another day, filter, period, language or format is worked out", async () => {
    const cache = tempDir();
    const env = { XDG_CACHE_HOME: cache };
    const file = sonNguyenCopy();
    const questions = [
      ["--as-of", "2024-09-10"],
      ["--as-of", "2024-09-11"],
      ["--as-of", "2024-09-10", "--unit", "van-phong"],
      ["--as-of", "2024-09-10", "--unit", "ban-dan-van"],
      ["--as-of", "2024-09-10", "--session", "dat-dai"],
      ["--as-of", "2024-09-10", "--state", "overdue"],
      ["--as-of", "2024-09-10", "--state", "done_on_time"],
      ["--as-of", "2024-09-10", "--due-within", "400"],
      ["--as-of", "2024-09-10", "--period", "2024-q2"],
      ["--as-of", "2024-09-10", "--period", "2024-q3"],
      ["--as-of", "2024-09-10", "--format", "csv"],
      ["--as-of", "2024-09-10", "--format", "csv", "--lang", "en"],
      ["--as-of", "2024-09-10", "--format", "text"],
      ["--as-of", "2024-09-10", "--format", "text", "--lang", "en"],
    ];
    const answers = new Set<string>();
    for (const round of [1, 2])
      for (const question of questions) {
        const args = ["status", file, "--format", "json", ...question];
        const uncached = await dialogue([...args, "--no-cache"], { env });
        expect(uncached.code, uncached.stderr).toBe(0);
        expect(await dialogue(args, { env }), `${question.join(" ")}, round ${round}`).toEqual(uncached);
        answers.add(uncached.stdout);
      }
    // Each question has its own answer here, so a report given for another would have shown.
    expect(answers.size).toBe(questions.length);
  });

  it("names each plan by the path it was given now: the same bytes elsewhere are another question", async () => {
    const cache = tempDir();
    const env = { XDG_CACHE_HOME: cache };
    const first = sonNguyenCopy();
    const moved = sonNguyenCopy();
    const args = (file: string) => ["status", file, "--as-of", "2024-09-10", "--format", "json"];
    expect((await dialogue(args(first), { env })).code).toBe(0);
    const run = await dialogue(args(moved), { env });
    const tasks = (JSON.parse(run.stdout) as { tasks: { file: string }[] }).tasks;
    expect(tasks.length).toBeGreaterThan(0);
    expect(new Set(tasks.map((task) => task.file))).toEqual(new Set([moved]));
  });

  it("never keeps a refusal: an unknown unit is refused again, then the right one answered", async () => {
    const cache = tempDir();
    const env = { XDG_CACHE_HOME: cache };
    const file = sonNguyenCopy();
    const args = ["status", file, "--as-of", "2024-09-10", "--format", "json"];
    expect((await dialogue(args, { env })).code).toBe(0);
    for (let i = 0; i < 2; i++) {
      const wrong = await dialogue([...args, "--unit", "van-phon"], { env });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain("van-phong");
    }
    const right = await dialogue([...args, "--unit", "van-phong"], { env });
    expect(right).toEqual(await dialogue([...args, "--unit", "van-phong", "--no-cache"], { env }));
  });
});
