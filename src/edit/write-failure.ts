import { dirname, resolve } from "node:path";
import { UsageError } from "../errors.js";

/**
 * A failed write as the clerk's next step: a full disk, a folder they cannot write in (read-only,
 * or someone else's), a folder that does not exist. Nothing was written in any of these cases.
 */
export function writeFailure(error: unknown, path: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const params = { file: path, dir: dirname(resolve(path)), reason: code || String(error) };
  if (code === "ENOSPC" || code === "EDQUOT") return new UsageError("write-disk-full", params);
  if (code === "EROFS" || code === "EACCES" || code === "EPERM") return new UsageError("write-read-only", params);
  if (code === "ENOENT" || code === "ENOTDIR") return new UsageError("write-no-folder", params);
  if (code === "EISDIR") return new UsageError("write-is-folder", params);
  return new UsageError("write-failed", params);
}

/** Whether a process of this machine is still running (a signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
