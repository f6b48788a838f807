import { randomBytes } from "node:crypto";
import { closeSync, linkSync, lstatSync, openSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { UsageError } from "../errors.js";
import { isAlive, writeFailure } from "./write-failure.js";

/** Two clerks saving at once: the second waits this long for the first before giving up. */
export const LOCK_WAIT_MS = 20_000;
/** A lock of a live process on this machine is taken over only after this long (its pid may have been reused). */
const LIVE_OWNER_STALE_MS = 10 * 60_000;
/** A lock from another machine (a shared folder) cannot be checked: taken over after this long; an edit takes seconds. */
const OTHER_MACHINE_STALE_MS = 60_000;
/** A lock with no owner written yet (or a folder, the lock of dialogue's first versions) after this long. */
const UNREADABLE_STALE_MS = 10_000;

interface Owner {
  pid: number;
  host: string;
  since: string;
  token: string;
}

export interface HeldLock {
  /** Whether the lock file is still ours (a lock given up as stale can have been taken over). */
  held(): boolean;
}

/**
 * Runs `work` while holding `<file>.lock`, so that writers of one plan take turns. The lock names
 * its owner (process, machine, since when): a lock left by a writer that was killed is taken over
 * at once when its process is gone, and after a while when it cannot be checked. Never throws from
 * a timer: nothing runs in the background while the lock is held.
 */
export async function withPlanLock<T>(
  file: string,
  work: (lock: HeldLock) => T | Promise<T>,
  { waitMs = LOCK_WAIT_MS, shownAs = file }: { waitMs?: number; shownAs?: string } = {},
): Promise<T> {
  const path = `${file}.lock`;
  const owner: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(8).toString("hex") };
  const mine = JSON.stringify(owner);
  await acquire(shownAs, path, mine, Date.now() + waitMs);
  try {
    return await work({ held: () => readSmall(path) === mine });
  } finally {
    if (readSmall(path) === mine) unlinkSync(path);
  }
}

async function acquire(file: string, path: string, mine: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      createWith(path, mine);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw writeFailure(error, path);
    }
    const held = inspect(path);
    if (held === "gone" || (held.stale && takeOver(path, held.seen))) continue;
    if (Date.now() >= deadline) throw busy(file, held.owner);
    await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 120));
  }
}

/** Creates the lock with its owner in it, or fails with EEXIST; never leaves an empty lock behind. */
function createWith(path: string, content: string): void {
  const fd = openSync(path, "wx", 0o644);
  try {
    writeSync(fd, content);
  } catch (error) {
    closeSync(fd);
    unlinkSync(path);
    throw error;
  }
  closeSync(fd);
}

type Held = "gone" | { stale: boolean; seen: string | undefined; owner?: Owner };

function inspect(path: string): Held {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return "gone";
  }
  const age = Date.now() - info.mtimeMs;
  if (!info.isFile()) return { stale: age > UNREADABLE_STALE_MS, seen: undefined };
  const seen = readSmall(path);
  const owner = parseOwner(seen);
  if (!owner) return { stale: age > UNREADABLE_STALE_MS, seen };
  const stale = owner.host === hostname() ? !isAlive(owner.pid) || age > LIVE_OWNER_STALE_MS : age > OTHER_MACHINE_STALE_MS;
  return { stale, seen, owner };
}

/**
 * Moves a stale lock aside and removes it. Should another writer have replaced it in between, the
 * lock moved aside is not the stale one: it is put back, and this writer waits its turn.
 */
function takeOver(path: string, seen: string | undefined): boolean {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch {
    return true; // gone meanwhile: try again
  }
  const isDirectory = lstatSync(aside).isDirectory();
  if (isDirectory || readSmall(aside) === seen) {
    if (isDirectory) rmdirSync(aside);
    else unlinkSync(aside);
    return true;
  }
  try {
    linkSync(aside, path);
  } catch {
    // a third writer holds the lock by now; the one moved aside finds out before it writes
  }
  unlinkSync(aside);
  return false;
}

function readSmall(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").slice(0, 1000);
  } catch {
    return undefined;
  }
}

function parseOwner(text: string | undefined): Owner | undefined {
  try {
    const owner = JSON.parse(text ?? "") as Owner;
    return Number.isInteger(owner.pid) && typeof owner.host === "string" ? owner : undefined;
  } catch {
    return undefined;
  }
}

function busy(file: string, owner: Owner | undefined): UsageError {
  const started = new Date(owner?.since ?? NaN);
  const since = Number.isNaN(started.getTime()) ? "" : started.toLocaleTimeString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour12: false });
  return new UsageError(owner && owner.host !== hostname() ? "edit-locked-elsewhere" : "edit-locked", { file, since, host: owner?.host ?? "" });
}
