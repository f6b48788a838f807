import { randomBytes } from "node:crypto";
import { closeSync, fchmodSync, fchownSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../errors.js";
import { isAlive, writeFailure } from "./write-failure.js";

/** A temporary file of a run that is not running any more is removed after this long anyway (its pid may be reused). */
const LEFTOVER_STALE_MS = 10 * 60_000;

/** `plan.yaml.4242-1a2b3c4d.dialogue-tmp`: beside its file, named after the run, so a later run knows whose it is. */
const temporaryName = (file: string) => join(dirname(file), `${basename(file)}.${process.pid}-${randomBytes(4).toString("hex")}.dialogue-tmp`);

/**
 * Replaces `file` with `bytes` whole or not at all: written beside it, flushed to disk, renamed over
 * it. Keeps the file's permissions (and its owner, for root). On failure nothing is left behind.
 */
export function replaceFile(file: string, bytes: Uint8Array): void {
  const old = statSync(file);
  writeTemporary(file, bytes, (temporary, fd) => {
    fchmodSync(fd, old.mode & 0o7777);
    if (process.getuid?.() === 0) fchownSync(fd, old.uid, old.gid);
    return () => renameSync(temporary, file);
  });
  syncFolder(dirname(file));
}

/**
 * Writes `file` whole, over an older one if there is one (a link there is replaced, not followed);
 * a folder of that name is refused.
 */
export function replaceOrCreateFile(file: string, bytes: Uint8Array): void {
  writeTemporary(file, bytes, (temporary) => () => renameSync(temporary, file));
  syncFolder(dirname(file));
}

/** Creates `file` with `bytes`, never over a file that exists (or appeared meanwhile), never half-written. */
export function createFile(file: string, bytes: Uint8Array, exists: () => UsageError): void {
  writeTemporary(file, bytes, (temporary) => () => {
    try {
      linkSync(temporary, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (code === "EEXIST") throw exists();
      if (!NO_HARD_LINKS.has(code)) throw error;
      writeExclusively(file, bytes, exists);
    } finally {
      unlinkSync(temporary);
    }
  });
  syncFolder(dirname(file));
}

/** Folders on a FAT USB stick or some network shares cannot hold a second name for a file. */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/** Created in place, exclusively: removed again if it cannot be written whole. */
function writeExclusively(file: string, bytes: Uint8Array, exists: () => UsageError): void {
  let fd: number;
  try {
    fd = openSync(file, "wx", 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw exists();
    throw error;
  }
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(file);
    throw error;
  }
  closeSync(fd);
}

/**
 * Removes what killed runs left beside `file`: only dialogue's own temporary names, only of runs
 * that are gone (or long ago), only regular files. Returns the names removed.
 */
export function removeLeftovers(file: string): string[] {
  const mine = new RegExp(`^${escape(basename(file))}\\.(?:(\\d+)-[0-9a-f]{8}\\.dialogue-tmp|lock\\.stale-(\\d+)-[0-9a-f]{8})$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = mine.exec(name);
    if (!match) continue;
    const path = join(dirname(file), name);
    try {
      const info = lstatSync(path);
      const pid = Number(match[1] ?? match[2]);
      if (!info.isFile() || (pid !== process.pid && isAlive(pid) && Date.now() - info.mtimeMs < LEFTOVER_STALE_MS)) continue;
      unlinkSync(path);
      removed.push(name);
    } catch {
      // gone meanwhile, or not ours to remove: leave it
    }
  }
  return removed;
}

/** Writes the bytes to a new temporary file, flushes them, then `finish` puts it in place; cleans up on any failure. */
function writeTemporary(file: string, bytes: Uint8Array, prepare: (temporary: string, fd: number) => () => void): void {
  const temporary = temporaryName(file);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "wx", 0o644);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    const finish = prepare(temporary, fd);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    finish();
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // never created, or already renamed into place
    }
    throw error instanceof UsageError ? error : writeFailure(error, file);
  }
}

/** The rename itself reaches the disk only with its folder (POSIX); Windows cannot open a folder, and needs nothing. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
