import { accessSync, closeSync, constants, lstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import { join, posix, win32 } from "node:path";
import { readRegularFile } from "./load/read-source.js";

// Where the V8 code cache lives (src/compile-cache.ts). Code read from a cache runs, so a cache
// folder must be one nobody else can write into: the install's own folder, or the user's private
// cache folder, never a shared, guessable one such as /tmp/<name> (another local user could create
// it first, fill it with links named like our files, and feed us code).

export interface CacheFolders {
  /** Looked in, in this order. */
  read: string[];
  /** Where new caches go, if anywhere. */
  write: string | undefined;
}

/** A cache file is V8's compiled code of one bundle: a few hundred KB; more is not ours. */
const MAX_CACHE_BYTES = 32 * 1024 * 1024;
const ON_POSIX = process.platform !== "win32";

/** The install's `dist/.v8-cache` when it is usable, else the user's private folder as well. */
export function cacheFolders(distDir: string): CacheFolders {
  const install = installFolder(join(distDir, ".v8-cache"));
  if (install?.writable) return { read: [install.dir], write: install.dir };
  const base = userCacheHome(process.env, process.platform, homedir);
  const own = base !== undefined && privateFolder(join(base, "dialogue")) ? join(base, "dialogue") : undefined;
  return { read: [own, install?.dir].filter((d): d is string => d !== undefined), write: own };
}

/** The user's cache folder by platform convention (XDG on Linux), or undefined when there is none. */
export function userCacheHome(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: () => string): string | undefined {
  if (platform === "win32") return env.LOCALAPPDATA && win32.isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : undefined;
  // The XDG base directory spec: a relative path is invalid and is ignored.
  if (platform !== "darwin" && env.XDG_CACHE_HOME && posix.isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  const dir = home();
  if (!dir || !posix.isAbsolute(dir)) return undefined;
  return platform === "darwin" ? join(dir, "Library", "Caches") : join(dir, ".cache");
}

/**
 * Creates `dir` owner-only if missing; true only when it is a real folder (not a link), owned by
 * this user and closed to everyone else. Windows: %LOCALAPPDATA% is already private to the user.
 */
export function privateFolder(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = lstatSync(dir);
    if (!info.isDirectory()) return false;
    return !ON_POSIX || (info.uid === process.getuid?.() && (info.mode & 0o077) === 0);
  } catch {
    return false;
  }
}

/** The install's folder: created beside the bundles if it can be, usable if it is a real folder nobody else may write. */
function installFolder(dir: string): { dir: string; writable: boolean } | undefined {
  try {
    let info = lstatIfAny(dir);
    if (!info) {
      mkdirSync(dir, { mode: 0o755 }); // never world-writable, whatever the umask
      info = lstatSync(dir);
    }
    if (!info.isDirectory() || (ON_POSIX && info.mode & 0o002)) return undefined;
    return { dir, writable: isWritable(dir) };
  } catch {
    return undefined;
  }
}

function lstatIfAny(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function isWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A cache file's bytes, or undefined: never through a link, never a device or pipe. */
export function readCacheFile(file: string): Buffer | undefined {
  const read = readRegularFile(file, MAX_CACHE_BYTES, { followLinks: false });
  return read.ok ? read.bytes : undefined;
}

/**
 * Writes a cache file through a new temporary file (O_EXCL: a link or file already under that
 * name is never opened, let alone followed) renamed over the old one. A cache is an optimisation:
 * any failure (read-only install, full disk, a name taken) is ignored.
 */
export function writeCacheFile(dir: string, name: string, data: Uint8Array): boolean {
  const temporary = join(dir, `${name}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
  } catch {
    return false;
  }
  try {
    try {
      for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, join(dir, name));
    return true;
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing left to clean.
    }
    return false;
  }
}
