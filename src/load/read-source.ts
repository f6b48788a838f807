import { readFileSync, statSync } from "node:fs";
import type { MessageKey } from "../i18n/messages.js";
import type { Params } from "../i18n/translate.js";

/** Plans are small; anything larger is a mistake (a wrong file) or an attack. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

export type SourceResult =
  | { ok: true; text: string }
  | { ok: false; code: MessageKey; params: Params };

/** Reads a plan file as NFC text without its BOM; refuses what cannot be a plan before parsing it. */
// Synchronous on purpose: a CLI reading a few small files gains nothing from the thread pool, and
// each asynchronous round trip showed up as idle time at start-up.
export function readSource(file: string): SourceResult {
  let size: number;
  try {
    const info = statSync(file);
    if (info.isDirectory()) return { ok: false, code: "input-directory", params: { file } };
    size = info.size;
  } catch (error) {
    return failure(file, error);
  }
  if (size > MAX_PLAN_BYTES) return { ok: false, code: "input-too-large", params: { size, limit: MAX_PLAN_BYTES } };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return failure(file, error);
  }
  return decodePlanText(bytes);
}

export function decodePlanText(bytes: Uint8Array): SourceResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, code: "input-not-utf8", params: { offset: firstInvalidUtf8Offset(bytes) } };
  }
  if (text.trim() === "") return { ok: false, code: "input-empty", params: {} };
  return { ok: true, text: text.normalize("NFC") };
}

function failure(file: string, error: unknown): SourceResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, code: "input-missing", params: { file } };
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
