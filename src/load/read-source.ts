import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import type { IssueCode, Params } from "../findings.js";

/** Plans are small; anything larger is a mistake (a wrong file) or an attack. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

export type SourceResult =
  | { ok: true; text: string }
  | { ok: false; code: IssueCode; params: Params };

export type BytesResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; code: IssueCode; params: Params };

/** What a path is when it is not a regular file; the catalogues word each kind. */
export type FileKind = "folder" | "device" | "pipe" | "socket" | "link";

export function fileKind(info: Stats): FileKind | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return "folder";
  if (info.isSymbolicLink()) return "link";
  if (info.isFIFO()) return "pipe";
  if (info.isSocket()) return "socket";
  return "device";
}

// A FIFO opened for reading waits for a writer, for ever and deaf to signals (the wait is inside a
// system call): O_NONBLOCK makes the open return, so that fstat can refuse it. Regular files ignore
// the flag. Windows has neither flag (0).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of a regular file, at most `limit` of them. A folder, device, pipe or socket is refused
 * before anything is read (a device or a /proc file reports size 0, so the limit counts the bytes
 * actually read). `followLinks: false` also refuses a symbolic link, for folders others may write
 * into. Every path a user gives is read through here.
 */
export function readRegularFile(file: string, limit: number, options: { followLinks?: boolean } = {}): BytesResult {
  const follow = options.followLinks ?? true;
  let fd: number;
  try {
    // Checked before opening too: opening some devices does something (a tape rewinds, a terminal attaches).
    const kind = fileKind(follow ? statSync(file) : lstatSync(file));
    if (kind) return notRegular(file, kind);
    fd = openSync(file, READ_FLAGS | (follow ? 0 : (constants.O_NOFOLLOW ?? 0)));
  } catch (error) {
    return failure(file, error);
  }
  try {
    // The path may have been swapped between the check and the open: the descriptor is what counts.
    const info = fstatSync(fd);
    const kind = fileKind(info);
    if (kind) return notRegular(file, kind);
    if (info.size > limit) return tooLarge(info.size, limit);
    return readAtMost(fd, limit, info.size);
  } catch (error) {
    return failure(file, error);
  } finally {
    closeSync(fd);
  }
}

/** What is read at first from a file that reports size 0 (a /proc file); it grows from there. */
const FIRST_READ_BYTES = 64 * 1024;

function readAtMost(fd: number, limit: number, expected: number): BytesResult {
  let buffer = Buffer.allocUnsafe(Math.min(expected || FIRST_READ_BYTES, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return tooLarge(`> ${limit}`, limit);
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  if (length > limit) return tooLarge(`> ${limit}`, limit);
  return { ok: true, bytes: buffer.subarray(0, length) };
}

/** Reads a plan file as NFC text without its BOM; refuses what cannot be a plan before parsing it. */
// Synchronous on purpose: a CLI reading a few small files gains nothing from the thread pool, and
// each asynchronous round trip showed up as idle time at start-up.
export function readSource(file: string): SourceResult {
  const read = readRegularFile(file, MAX_PLAN_BYTES);
  return read.ok ? decodePlanText(read.bytes) : read;
}

export function decodePlanText(bytes: Uint8Array): SourceResult {
  const utf16 = utf16Order(bytes);
  if (utf16) return { ok: false, code: "input-utf16", params: { order: utf16 } };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, code: "input-not-utf8", params: { offset: firstInvalidUtf8Offset(bytes) } };
  }
  if (text.trim() === "") return { ok: false, code: "input-empty", params: {} };
  return { ok: true, text: text.normalize("NFC") };
}

/**
 * Notepad's "Unicode" is UTF-16: a BOM FF FE (little-endian) or FE FF (big-endian), or without one,
 * a zero byte beside nearly every character of a text that is mostly ASCII (field names, digits).
 */
function utf16Order(bytes: Uint8Array): "LE" | "BE" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "BE";
  const pairs = Math.min(bytes.length, UTF16_SAMPLE_BYTES) >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * UTF16_ZERO_SHARE && evenZeros < pairs * 0.05) return "LE";
  if (evenZeros > pairs * UTF16_ZERO_SHARE && oddZeros < pairs * 0.05) return "BE";
  return undefined;
}

/** Enough of the file to tell; a plan in UTF-16 has a zero byte beside well over half its characters. */
const UTF16_SAMPLE_BYTES = 4096;
const UTF16_ZERO_SHARE = 0.4;

function notRegular(file: string, kind: FileKind): { ok: false; code: IssueCode; params: Params } {
  if (kind === "folder") return { ok: false, code: "input-directory", params: { file } };
  return { ok: false, code: "input-not-regular", params: { file, kind } };
}

const tooLarge = (size: number | string, limit: number) => ({ ok: false as const, code: "input-too-large" as const, params: { size, limit } });

function failure(file: string, error: unknown): { ok: false; code: IssueCode; params: Params } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, code: "input-missing", params: { file } };
  if (code === "ELOOP") return notRegular(file, "link");
  return { ok: false, code: "input-unreadable", params: { reason: code ?? String(error) } };
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // `lo` is the longest prefix that is valid as a stream; it may end inside an unfinished sequence.
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, lo));
    return lo;
  } catch {
    let start = lo - 1;
    while (start > 0 && (bytes[start] & 0xc0) === 0x80) start--;
    return start;
  }
}
