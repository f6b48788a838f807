import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readlinkSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { fileKind } from "../load/read-source.js";

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
export function writeOutputFile(target: string, data: string | Uint8Array, options: { fsync?: boolean } = {}): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    throw cannotWrite(target, error);
  }
  refuseUnlessRegular(target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, "wx");
  } catch (error) {
    throw cannotWrite(target, error);
  }
  try {
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
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
