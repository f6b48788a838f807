import { stringify } from "csv-stringify/sync";
import { showControls } from "../control-characters.js";
import type { StatusReport } from "../tracking/report.js";
import { jsonBytes } from "./json-text.js";

export function statusJson(report: StatusReport): Buffer {
  return jsonBytes(report);
}

const CSV_COLUMNS = ["id", "file", "line", "unit", "units", "coordinating", "session", "title", "deadline", "earliestDeadline", "state", "daysOverdue", "completedOn", "evidence"] as const;

/**
 * A spreadsheet reads a cell starting with one of these as a formula (`=HYPERLINK(…)` runs on
 * opening); OWASP's CSV injection guidance lists them. No cell of ours is a negative number, so
 * a leading "-" is always text ("- " opens a bullet).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as a spreadsheet must show it: a formula start made text by a leading `'`, control characters written out. */
export function csvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${showControls(value)}` : showControls(value);
}

/** One row per task; a UTF-8 BOM first so that Excel on Windows reads the Vietnamese text correctly. */
export function statusCsv(report: StatusReport): string {
  const rows = report.tasks.map((task) => CSV_COLUMNS.map((c) => {
    const value = task[c];
    return Array.isArray(value) ? csvCell(value.join(" ")) : typeof value === "string" ? csvCell(value) : (value ?? "");
  }));
  return "\uFEFF" + stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: "windows" });
}
