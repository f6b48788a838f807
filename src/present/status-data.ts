import { stringify } from "csv-stringify/sync";
import { showControls } from "../control-characters.js";
import type { Lang } from "../i18n/lang.js";
import type { Translate } from "../i18n/translate.js";
import { vietnameseDate } from "../tracking/day.js";
import type { StatusReport } from "../tracking/report.js";
import type { PlanNames } from "./plan-names.js";
import { statusSheets, type Cell } from "./status-sheets.js";

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

/**
 * The workbook's two tables as one CSV for Excel: the tasks (headers, states and unit names in the
 * clerk's language, dates as d/m/yyyy in Vietnamese), an empty line, then the per-unit summary
 * under its title and with its notes. A UTF-8 BOM first so that Excel on Windows reads the
 * Vietnamese text correctly; CRLF line ends.
 */
export function statusCsv(report: StatusReport, names: PlanNames, t: Translate, lang: Lang): string {
  const [tasks, units] = statusSheets(report, names, t, lang);
  const value = (cell: Cell): string | number => {
    if (cell === null) return "";
    if ("text" in cell) return csvCell(cell.text.replace(/\n/g, "; "));
    if ("id" in cell) return csvCell(cell.id);
    if ("number" in cell) return cell.number;
    if ("date" in cell) return lang === "vi" ? vietnameseDate(cell.date) : cell.date;
    return `${Math.round(cell.percent * 100)}%`;
  };
  const rows = [
    tasks.columns.map((c) => c.head),
    ...tasks.rows.map((row) => row.cells.map(value)),
    [],
    [units.title],
    units.columns.map((c) => c.head),
    ...units.rows.map((row) => row.cells.map(value)),
    ...units.notes.map((note) => [note]),
  ];
  return "\uFEFF" + stringify(rows, { record_delimiter: "windows" });
}
