import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED, SON_NGUYEN, tempDir } from "../../test/helpers/cli.js";
import { planCache } from "./plan-cache.js";
import { readPlan } from "./read-plans.js";
import { PlanCollector, readTogether } from "./valid-plans.js";

describe("PlanCollector", () => {
  const folder = () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "a.yaml"));
    copyFileSync(SON_NGUYEN, join(dir, "b.yaml"));
    copyFileSync(SON_NGUYEN, join(dir, "b (1).yaml"));
    return dir;
  };

  it("counts a copy of an earlier file once, with a warning naming both", () => {
    const dir = folder();
    const collector = readTogether(["a.yaml", "b.yaml", "b (1).yaml"].map((n) => join(dir, n)), {});
    expect(collector.counted).toBe(2);
    expect(collector.findings.filter((f) => f.code === "input-same-as-earlier").map((f) => [f.file, f.params])).toEqual([[join(dir, "b (1).yaml"), { first: join(dir, "b.yaml") }]]);
  });

  it("stamps the reads it was given, path by path: the same bytes read again give the same stamp, other bytes or another path another", () => {
    const dir = folder();
    const cache = planCache({ XDG_CACHE_HOME: tempDir() })!;
    const files = ["a.yaml", "b.yaml"].map((n) => join(dir, n));
    const stampOf = (paths: string[]) => readTogether(paths, { cache }).stamp;
    const first = stampOf(files);
    expect(first).toBeDefined();
    expect(stampOf(files)).toBe(first);
    expect(stampOf([...files].reverse())).not.toBe(first);
    copyFileSync(join(dir, "a.yaml"), join(dir, "c.yaml"));
    expect(stampOf([join(dir, "c.yaml"), files[1]])).not.toBe(first);
    // One byte of one file changed: another check, another stamp; changed back, the first again.
    const original = readFileSync(files[0], "utf8");
    writeFileSync(files[0], original.replace("on: 2021-03-31", "on: 2021-03-30"));
    expect(stampOf(files)).not.toBe(first);
    writeFileSync(files[0], original);
    expect(stampOf(files)).toBe(first);
  });

  it("has no stamp when a read had none: without the cache, or a file that could not be read", () => {
    const dir = folder();
    const cache = planCache({ XDG_CACHE_HOME: tempDir() })!;
    const without = new PlanCollector();
    without.add(readPlan(join(dir, "a.yaml")));
    expect(without.stamp).toBeUndefined();
    const missing = new PlanCollector();
    missing.add(readPlan(join(dir, "a.yaml"), { cache }));
    missing.add(readPlan(join(dir, "nowhere.yaml"), { cache }));
    expect(missing.stamp).toBeUndefined();
  });
});
