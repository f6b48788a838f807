import { stringify } from "csv-stringify/sync";
import type { StatusReport } from "../tracking/report.js";

export function statusJson(report: StatusReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}

const CSV_COLUMNS = ["id", "file", "line", "unit", "units", "coordinating", "session", "title", "deadline", "earliestDeadline", "state", "daysOverdue", "completedOn", "evidence"] as const;

/** One row per task; a UTF-8 BOM first so that Excel on Windows reads the Vietnamese text correctly. */
export function statusCsv(report: StatusReport): string {
  const rows = report.tasks.map((task) => CSV_COLUMNS.map((c) => {
    const value = task[c];
    return Array.isArray(value) ? value.join(" ") : (value ?? "");
  }));
  return "\uFEFF" + stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: "windows" });
}
