import { readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEED, SON_NGUYEN, tempDir } from "../../test/helpers/cli.js";
import { eachConclusionTask, eachTask } from "../plan/walk.js";
import { MAX_CACHE_BYTES, MAX_ENTRY_BYTES, planCache, pruneCache, type PlanCache } from "./plan-cache.js";
import { readPlan, type PlanRead } from "./read-plans.js";

/** All a command can learn of a read: findings, the plan, and the line of every task. */
function seen(read: PlanRead) {
  const lines = read.plan ? [...eachTask(read.plan), ...eachConclusionTask(read.plan)].map(({ path }) => [path.join("/"), read.lineOf(path)]) : [];
  return { findings: read.findings, readable: read.readable, plan: read.plan, lines };
}

const cacheIn = (home: string): PlanCache => planCache({ XDG_CACHE_HOME: home })!;
const entries = (home: string) => readdirSync(join(home, "dialogue", "plans"));

/** A copy of the 2024 example read once through a new cache: what it reads as alone, and its entry. */
function keptPlan() {
  const home = tempDir();
  const cache = cacheIn(home);
  const file = join(tempDir(), "plan.yaml");
  writeFileSync(file, readFileSync(SON_NGUYEN));
  const fresh = seen(readPlan(file));
  readPlan(file, { cache });
  const [name] = entries(home);
  return { home, cache, file, fresh, name, entry: join(home, "dialogue", "plans", name) };
}

describe("the plan cache", () => {
  it("takes an entry only for the very bytes it was made from, whatever its name", () => {
    const home = tempDir();
    const cache = cacheIn(home);
    const [a, b] = ["a.yaml", "b.yaml"].map((name) => join(tempDir(), name));
    writeFileSync(a, readFileSync(SEED));
    writeFileSync(b, readFileSync(SON_NGUYEN));
    readPlan(a, { cache });
    readPlan(b, { cache });
    const [first, second] = entries(home).map((name) => join(home, "dialogue", "plans", name));
    // The entry of one plan under the name of the other: read as a miss, checked, and rewritten.
    writeFileSync(second, readFileSync(first));
    writeFileSync(first, readFileSync(second));
    expect(seen(readPlan(a, { cache }))).toEqual(seen(readPlan(a)));
    expect(seen(readPlan(b, { cache }))).toEqual(seen(readPlan(b)));
  });

  it("lives in the user's private cache folder, one entry per content, never beside the plan", () => {
    const home = tempDir();
    const folder = tempDir();
    const file = join(folder, "plan.yaml");
    writeFileSync(file, readFileSync(SEED));
    const cache = cacheIn(home);
    const first = seen(readPlan(file, { cache }));
    expect(entries(home)).toHaveLength(1);
    expect(statSync(join(home, "dialogue", "plans")).mode & 0o777).toBe(0o700);
    expect(readdirSync(folder)).toEqual(["plan.yaml"]);
    expect(seen(readPlan(file, { cache }))).toEqual(first);
    expect(first.lines.length).toBeGreaterThan(5);
    expect(first.lines.every(([, line]) => (line as number) > 0)).toBe(true);
  });

  it("gives the findings with the path they were read from, whatever file first had the same bytes", () => {
    const home = tempDir();
    const cache = cacheIn(home);
    const text = readFileSync(SEED, "utf8").replace("units: [ban-dan-van]", "units: [ban-dan-vann]");
    const [a, b] = ["a.yaml", "b.yaml"].map((name) => join(tempDir(), name));
    writeFileSync(a, text);
    writeFileSync(b, text);
    const fromA = readPlan(a, { cache });
    const fromB = readPlan(b, { cache });
    expect(entries(home)).toHaveLength(1);
    expect(fromA.findings.length).toBeGreaterThan(0);
    expect(fromB.findings.map((f) => f.file)).toEqual(fromA.findings.map(() => b));
    expect(seen(fromB)).toEqual(seen(readPlan(b)));
  });

  it("ignores a corrupt or foreign entry and writes it again", () => {
    const { home, cache, file, fresh, name, entry } = keptPlan();
    const good = readFileSync(entry);
    // Another plan's entry, under this one's name.
    const other = join(tempDir(), "seed.yaml");
    writeFileSync(other, readFileSync(SEED));
    readPlan(other, { cache });
    const foreign = readFileSync(join(home, "dialogue", "plans", entries(home).find((n) => n !== name)!));
    for (const bad of [Buffer.from("not a cache entry"), good.subarray(0, good.length >> 1), Buffer.from(JSON.stringify({ format: "dialogue-plan-cache/1", key: name })), Buffer.alloc(0), foreign]) {
      writeFileSync(entry, bad);
      expect(seen(readPlan(file, { cache }))).toEqual(fresh);
      const rewritten = readFileSync(entry);
      expect(rewritten.equals(bad), "rewritten").toBe(false);
      expect(rewritten.length, "a whole entry again").toBe(good.length);
    }
  });

  it("keeps the plan apart, read only when asked for; a damaged plan part is checked again from the bytes", () => {
    const { cache, file, fresh, entry: path } = keptPlan();
    const entry = deserialize(readFileSync(path)) as { value: { planned: Uint8Array; findings: unknown[]; valid: boolean } };
    expect(entry.value.planned).toBeInstanceOf(Uint8Array);
    expect(entry.value.valid).toBe(true);
    for (const damage of [Buffer.from("not a plan"), serialize({ plan: "a string", lines: 3 }), entry.value.planned.subarray(0, 40)]) {
      writeFileSync(path, serialize({ ...entry, value: { ...entry.value, planned: damage } }));
      const read = readPlan(file, { cache });
      expect(read.valid).toBe(true);
      expect(seen(read)).toEqual(fresh);
    }
  });

  it("when full, drops what it holds the longest unused: the plans a writing run read are used, even within the day", () => {
    const { home, file, entry } = keptPlan();
    const folder = join(home, "dialogue", "plans");
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    // The plan's entry was last marked two hours ago; an hour ago, something filled the folder past its bound.
    utimesSync(entry, hoursAgo(2), hoursAgo(2));
    const filler = join(folder, "filler");
    truncateSync((writeFileSync(filler, ""), filler), MAX_CACHE_BYTES);
    utimesSync(filler, hoursAgo(1), hoursAgo(1));
    // A new run reads the plan (within the day: not marked on reading alone), then keeps something.
    const cache = cacheIn(home);
    const read = readPlan(file, { cache });
    read.remember("rows of a day", (v): v is number[] => Array.isArray(v), () => [1, 2, 3]);
    expect(entries(home)).not.toContain("filler");
    expect(entries(home)).toContain(basename(entry));
    expect(seen(readPlan(file, { cache: cacheIn(home) }))).toEqual(seen(readPlan(file)));
  });

  it("is pruned again by a run once it has written a quarter of its bound", () => {
    const home = tempDir();
    const cache = cacheIn(home);
    const folder = join(home, "dialogue", "plans");
    const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;
    cache.putDerived("stamp", "first", new Uint8Array(16));
    // Meanwhile something filled the folder past its bound.
    const filler = join(folder, "filler");
    truncateSync((writeFileSync(filler, ""), filler), MAX_CACHE_BYTES);
    utimesSync(filler, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const third = Math.floor(MAX_CACHE_BYTES / 4 / 3);
    for (const what of ["a", "b", "c", "d"]) {
      expect(entries(home)).toContain("filler");
      cache.putDerived("stamp", what, new Uint8Array(third));
    }
    expect(entries(home)).not.toContain("filler");
    expect(["a", "b", "c", "d"].map((what) => cache.getDerived("stamp", what, isBytes)?.length)).toEqual([third, third, third, third]);
  });

  it("keeps no entry over an eighth of its bound: it would push most others out", () => {
    const cache = cacheIn(tempDir());
    const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;
    cache.putDerived("stamp", "small", new Uint8Array(MAX_ENTRY_BYTES - 4096));
    cache.putDerived("stamp", "large", new Uint8Array(MAX_ENTRY_BYTES + 1));
    expect(cache.getDerived("stamp", "small", isBytes)?.length).toBe(MAX_ENTRY_BYTES - 4096);
    expect(cache.getDerived("stamp", "large", isBytes)).toBeUndefined();
  });

  it("is bypassed when disabled, and absent without a private folder", () => {
    expect(planCache({ XDG_CACHE_HOME: tempDir() }, false)).toBeUndefined();
    const notAFolder = join(tempDir(), "file");
    writeFileSync(notAFolder, "");
    expect(planCache({ XDG_CACHE_HOME: notAFolder, HOME: notAFolder })).toBeUndefined();
  });

  it("any change of a file's bytes, even one keeping its length and time, reads as it would without the cache", () => {
    const home = tempDir();
    const cache = cacheIn(home);
    const file = join(tempDir(), "plan.yaml");
    const original = readFileSync(SEED);
    writeFileSync(file, original);
    const { mtime } = statSync(file);
    readPlan(file, { cache });
    const change = fc.oneof(
      // Same length: one byte replaced (a digit of a date, a letter of an id, a space for a tab…).
      fc.record({ at: fc.nat({ max: original.length - 1 }), byte: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constantFrom(0x09, 0x0a, 0xc3, 0xff)), length: fc.constant(1), insert: fc.constant(false) }),
      // Bytes put in or taken out.
      fc.record({ at: fc.nat({ max: original.length - 1 }), byte: fc.integer({ min: 0x20, max: 0x7e }), length: fc.integer({ min: 0, max: 40 }), insert: fc.boolean() }),
    );
    fc.assert(
      fc.property(change, ({ at, byte, length, insert }) => {
        const bytes = insert
          ? Buffer.concat([original.subarray(0, at), Buffer.alloc(length, byte), original.subarray(at)])
          : Buffer.concat([original.subarray(0, at), Buffer.alloc(length, byte), original.subarray(at + length)]);
        writeFileSync(file, bytes);
        utimesSync(file, mtime, mtime);
        const cached = seen(readPlan(file, { cache }));
        expect(cached).toEqual(seen(readPlan(file)));
        // And again, now from the entry this change left.
        expect(seen(readPlan(file, { cache }))).toEqual(cached);
      }),
      { numRuns: 60 },
    );
  });
});

describe("pruneCache", () => {
  it("removes the least recently used entries until the folder is within its bound, and stale temporary files", () => {
    const dir = tempDir();
    const now = Date.now();
    for (let i = 0; i < 10; i++) {
      const path = join(dir, `entry-${i}`);
      writeFileSync(path, Buffer.alloc(1000));
      utimesSync(path, (now - (10 - i) * 60_000) / 1000, (now - (10 - i) * 60_000) / 1000);
    }
    writeFileSync(join(dir, "old.123.tmp"), "x");
    utimesSync(join(dir, "old.123.tmp"), (now - 2 * 3600_000) / 1000, (now - 2 * 3600_000) / 1000);
    writeFileSync(join(dir, "new.456.tmp"), "x");
    pruneCache(dir, 8000, now);
    // Down to three quarters of the bound: the four oldest go.
    expect(readdirSync(dir).sort()).toEqual(["entry-4", "entry-5", "entry-6", "entry-7", "entry-8", "entry-9", "new.456.tmp"]);
    pruneCache(dir, 8000, now);
    expect(readdirSync(dir)).toHaveLength(7);
  });
});
