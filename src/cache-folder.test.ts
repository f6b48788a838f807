import { execFileSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test/helpers/cli.js";
import { privateFolder, readCacheFile, userCacheHome, writeCacheFile } from "./cache-folder.js";

const posix = process.platform !== "win32";

describe("userCacheHome", () => {
  const home = () => "/home/van";
  it.each([
    ["linux", {}, "/home/van/.cache"],
    ["linux", { XDG_CACHE_HOME: "/data/cache" }, "/data/cache"],
    ["linux", { XDG_CACHE_HOME: "relative/cache" }, "/home/van/.cache"],
    ["darwin", { XDG_CACHE_HOME: "/data/cache" }, "/home/van/Library/Caches"],
    ["win32", { LOCALAPPDATA: "C:\\Users\\van\\AppData\\Local" }, "C:\\Users\\van\\AppData\\Local"],
    ["win32", {}, undefined],
  ] as const)("%s with %j: %s", (platform, env, expected) => {
    expect(userCacheHome(env, platform, home)).toBe(expected);
  });

  it("has none without a home folder", () => {
    expect(userCacheHome({}, "linux", () => "")).toBeUndefined();
  });
});

describe.skipIf(!posix)("privateFolder", () => {
  it("creates the folder for this user only", () => {
    const dir = join(tempDir(), "cache", "dialogue");
    expect(privateFolder(dir)).toBe(true);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it.each([
    ["a link to a folder (possibly someone else's)", (dir: string) => symlinkSync(tempDir(), dir)],
    ["a folder others may write into", (dir: string) => (mkdirSync(dir), chmodSync(dir, 0o777))],
    ["a folder others may read", (dir: string) => (mkdirSync(dir), chmodSync(dir, 0o755))],
    ["a file", (dir: string) => writeFileSync(dir, "")],
  ])("refuses %s", (_, make) => {
    const dir = join(tempDir(), "dialogue");
    make(dir);
    expect(privateFolder(dir)).toBe(false);
  });

  it.skipIf(process.getuid?.() !== 0)("refuses a folder owned by another user (as root)", () => {
    const dir = join(tempDir(), "dialogue");
    mkdirSync(dir, { mode: 0o700 });
    execFileSync("chown", ["65534", dir]);
    expect(privateFolder(dir)).toBe(false);
  });
});

describe.skipIf(!posix)("cache files", () => {
  it("writes through a new temporary file, never through a link planted under its name (issue #11, item 7)", () => {
    const dir = tempDir();
    const victim = join(tempDir(), "victim.txt");
    writeFileSync(victim, "victim");
    symlinkSync(victim, join(dir, `cli.cjs.v8.${process.pid}.tmp`));
    expect(writeCacheFile(dir, "cli.cjs.v8", Buffer.from("code"))).toBe(false);
    expect(readFileSync(victim, "utf8")).toBe("victim");
  });

  it("replaces a link under the cache file's own name instead of writing through it", () => {
    const dir = tempDir();
    const victim = join(tempDir(), "victim.txt");
    writeFileSync(victim, "victim");
    symlinkSync(victim, join(dir, "cli.cjs.v8"));
    expect(readCacheFile(join(dir, "cli.cjs.v8"))).toBeUndefined();
    expect(writeCacheFile(dir, "cli.cjs.v8", Buffer.from("code"))).toBe(true);
    expect(readFileSync(victim, "utf8")).toBe("victim");
    expect(lstatSync(join(dir, "cli.cjs.v8")).isFile()).toBe(true);
    expect(readCacheFile(join(dir, "cli.cjs.v8"))?.toString()).toBe("code");
  });

  it("does not wait on a named pipe under a cache file's name", () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "cli.cjs.v8")]);
    expect(readCacheFile(join(dir, "cli.cjs.v8"))).toBeUndefined();
  });
});
