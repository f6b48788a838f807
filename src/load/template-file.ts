import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { UsageError } from "../errors.js";

/** A template is a few kilobytes (the metrics table ~10 KB); anything larger is a wrong file. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** Refuses a `--templates` path that is not a folder: a file there would otherwise be ignored silently. */
export function checkTemplatesFolder(dir: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw new UsageError("render-templates-missing", { dir });
  }
  if (!isFolder) throw new UsageError("render-templates-not-folder", { dir });
}

/**
 * The text of a template file, or undefined when there is none. Only a regular file is read: the
 * file is opened without waiting (a FIFO would block the open), checked, and read up to the limit,
 * counting the bytes actually read (a device reports size 0).
 */
export function readTemplateText(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw new UsageError("render-template-unreadable", { file, reason: code ?? String(error) });
  }
  try {
    if (!fstatSync(fd).isFile()) throw new UsageError("render-template-not-file", { file });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > MAX_TEMPLATE_BYTES) throw new UsageError("render-template-too-large", { file, limit: MAX_TEMPLATE_BYTES });
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError("render-template-unreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  } finally {
    closeSync(fd);
  }
}
