import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isAlive } from "../edit/write-failure.js";
import { UsageError } from "../errors.js";
import { fileKind } from "../load/read-source.js";
import { isPieces, type Output } from "../result.js";

/** True when `target` names something strictly inside `dir` (`..x.yaml` is inside; `../x` is not). */
export function insideFolder(dir: string, target: string): boolean {
  const path = relative(resolve(dir), resolve(dir, target));
  return path !== "" && path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

/**
 * Writes a whole output file (a document, a calendar) at `target` and nowhere else. Only a regular
 * file is ever replaced: a symbolic link there is refused, not followed (writing through it would
 * change a file outside the output folder), and so are a folder, a device, a pipe or a socket. The
 * bytes go to a new temporary file beside it (O_EXCL: never an existing file, never through a link),
 * renamed into place, so no reader sees half a file and a link put there meanwhile is replaced, not
 * followed.
 */
export function writeOutputFile(target: string, data: Output, options: { fsync?: boolean } = {}): void {
  if (/[\\/]$/.test(target)) throw new UsageError("output-names-folder", { file: target });
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    throw cannotWrite(target, error);
  }
  refuseUnlessRegular(target);
  removeLeftovers(target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, "wx");
  } catch (error) {
    throw cannotWrite(target, error);
  }
  try {
    try {
      for (const piece of isPieces(data) ? data.pieces : [data]) writeWhole(fd, typeof piece === "string" ? Buffer.from(piece, "utf8") : piece);
      if (options.fsync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    throw cannotWrite(target, error);
  }
}

function writeWhole(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** A temporary file of a run killed while writing (Ctrl+C during a long report) is left for an hour, or until its run is gone. */
const LEFTOVER_STALE_MS = 60 * 60 * 1000;

/** Removes the temporary files earlier runs left beside `target` when killed while writing it. */
function removeLeftovers(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target)).filter((name) => name.startsWith(prefix) && name.endsWith(".tmp"));
  } catch {
    return;
  }
  for (const name of names) {
    const run = /^(\d+)\.[0-9a-z]+\.tmp$/.exec(name.slice(prefix.length));
    if (!run) continue;
    const path = join(dirname(target), name);
    try {
      const info = lstatSync(path);
      const pid = Number(run[1]);
      if (info.isFile() && pid !== process.pid && (!isAlive(pid) || Date.now() - info.mtimeMs > LEFTOVER_STALE_MS)) unlinkSync(path);
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
}

function refuseUnlessRegular(target: string): void {
  let kind;
  try {
    kind = fileKind(lstatSync(target));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw cannotWrite(target, error);
  }
  if (kind === "link") throw new UsageError("output-link", { file: target, target: linkTarget(target) });
  if (kind) throw new UsageError("output-not-regular", { file: target, kind });
}

function linkTarget(link: string): string {
  try {
    return readlinkSync(link);
  } catch {
    return "?";
  }
}

const cannotWrite = (target: string, error: unknown) =>
  new UsageError("render-output-invalid", { dir: target, reason: (error as NodeJS.ErrnoException).code ?? String(error) });

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone; nothing else to clean.
  }
}
