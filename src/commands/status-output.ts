import { realpathSync } from "node:fs";
import { writeOutputFile } from "../present/write-output.js";
import type { Output } from "../result.js";
import { extname, resolve } from "node:path";
import { UsageError } from "./options.js";
import type { FORMATS_STATUS } from "./registry.js";

export type StatusFormat = (typeof FORMATS_STATUS)[number];

const BY_EXTENSION: Readonly<Record<string, StatusFormat>> = { ".xlsx": "xlsx", ".csv": "csv", ".json": "json", ".txt": "text" };
const EXTENSION: Readonly<Record<StatusFormat, string>> = { xlsx: ".xlsx", csv: ".csv", json: ".json", text: ".txt" };

/**
 * The format asked for; without one, what the output file's name says (bao-cao.xlsx); else text.
 * `--format csv -o bao-cao.xlsx` is a slip (a file that will not open), so it is refused.
 */
export function statusFormat(format: StatusFormat | undefined, output: string | undefined): StatusFormat {
  const ext = output ? extname(output).toLowerCase() : "";
  const named = BY_EXTENSION[ext];
  if (output && format && named && format !== named)
    throw new UsageError("status-output-format-mismatch", { format, file: output, ext, suggestion: output.slice(0, -ext.length) + EXTENSION[format] });
  return format ?? named ?? "text";
}

/** A workbook's bytes would scramble a terminal: they go to a file or into a pipe, never onto the screen. */
export function refuseBinaryOnTerminal(format: StatusFormat, output: string | undefined, stdoutIsTTY: boolean): void {
  if (format === "xlsx" && output === undefined && stdoutIsTTY) throw new UsageError("status-xlsx-terminal", {});
}

/**
 * Writes the report to `output` as every output file is written (present/write-output.ts: through
 * a new temporary file renamed into place, never through a link or over a folder, a device or a
 * pipe); never over one of the plans it was read from.
 */
export function writeReport(output: string, data: Output, plans: readonly string[]): void {
  if (plans.some((plan) => sameFile(plan, output))) throw new UsageError("status-output-is-input", { file: output });
  writeOutputFile(output, data);
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}
