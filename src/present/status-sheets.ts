import type { Lang } from "../i18n/lang.js";
import type { MessageKey } from "../i18n/keys.js";
import type { Translate } from "../i18n/translate.js";
import { vietnameseDate, type Day } from "../tracking/day.js";
import type { StatusReport, StatusTask, UnitSummary } from "../tracking/report.js";
import type { PlanNames } from "./plan-names.js";
import { digitsWide, wrappedLines } from "./text-measure.js";
import { periodText } from "./period-text.js";

/** A cell by what it holds, so that the spreadsheet is told each type and never guesses (`0930` stays text). */
export type Cell = { text: string } | { id: string } | { number: number } | { date: Day } | { percent: number } | null;

export interface Column {
  head: string;
  /** In digits of the font, as spreadsheets measure columns. */
  width: number;
  wrap: boolean;
}

export interface Row {
  cells: Cell[];
  /** Lines its tallest cell wraps to, for the row's height (not every program fits rows to wrapped text). */
  lines: number;
}

/** One sheet of the workbook: a title line, a header row, the rows, and notes below. */
export interface Sheet {
  name: string;
  title: string;
  columns: Column[];
  headerLines: number;
  rows: Row[];
  notes: string[];
}

interface ColumnSpec<T> {
  head: MessageKey;
  cell: (row: T, index: number) => Cell;
  /** Bounds of the width in digits; long texts wrap within the maximum. */
  min: number;
  max: number;
  wrap?: boolean;
}

// Widths in digits (how spreadsheets measure columns): a date written 30/12/2024 needs 10, one
// more keeps it off the border; texts longer than their column's maximum wrap.
const DATE = { min: 11, max: 11 };
const COUNT = { min: 9, max: 12 };
const LONG_TEXT = { min: 30, max: 60, wrap: true };
const NAMES = { min: 16, max: 30, wrap: true };
/** Excel pads a column's text on both sides; widths get this on top of the widest content. */
const PADDING = 2;

/**
 * The status report as two sheets: the tasks (states in words, unit names, dates as dates) and
 * "Tổng hợp theo đơn vị" (the four buckets and the completion rate as a percentage).
 */
export function statusSheets(report: StatusReport, names: PlanNames, t: Translate, lang: Lang): Sheet[] {
  const asOf = lang === "vi" ? vietnameseDate(report.asOf) : report.asOf;
  const unitNames = (task: StatusTask, ids: string[]) => ({ text: ids.map((id) => names.unit(task.file, id)).join("\n") });
  const tasks: ColumnSpec<StatusTask>[] = [
    { head: "status-head-number", cell: (_, i) => ({ number: i + 1 }), min: 5, max: 6 },
    { head: "status-head-id", cell: (task) => ({ id: task.id }), min: 12, max: 30 },
    { head: "status-head-content", cell: (task) => ({ text: task.period ? `${task.title}\n${t("status-period", { period: periodText(task.period, t) })}` : task.title }), ...LONG_TEXT },
    { head: "status-head-units", cell: (task) => unitNames(task, task.units), ...NAMES },
    { head: "status-head-coordinating", cell: (task) => (task.coordinating.length ? unitNames(task, task.coordinating) : null), ...NAMES },
    { head: "status-head-session", cell: (task) => (task.session ? { text: names.session(task.file, task.session)?.theme ?? task.session } : null), ...NAMES },
    { head: "status-head-deadline", cell: (task) => (task.deadline ? { date: task.deadline } : null), ...DATE },
    { head: "status-head-earliest", cell: (task) => (task.earliestDeadline ? { date: task.earliestDeadline } : null), ...DATE },
    { head: "status-head-state", cell: (task) => ({ text: stateLabel(task, t) }), min: 16, max: 26, wrap: true },
    { head: "status-head-days-overdue", cell: (task) => (task.daysOverdue ? { number: task.daysOverdue } : null), ...COUNT },
    { head: "status-head-completed", cell: (task) => (task.completedOn ? { date: task.completedOn } : null), ...DATE },
    { head: "status-head-evidence", cell: (task) => (task.evidence ? { text: task.evidence } : null), min: 16, max: 40, wrap: true },
    { head: "status-head-file", cell: (task) => ({ text: task.file }), min: 12, max: 40, wrap: true },
    { head: "status-head-line", cell: (task) => ({ number: task.line }), min: 6, max: 8 },
  ];
  const units: ColumnSpec<UnitSummary>[] = [
    { head: "status-head-number", cell: (_, i) => ({ number: i + 1 }), min: 5, max: 6 },
    { head: "status-head-unit", cell: (unit) => ({ text: unit.name }), min: 24, max: 40, wrap: true },
    { head: "status-bucket-total", cell: (unit) => ({ number: unit.doneOnTime + unit.doneLate + unit.open + unit.overdue }), ...COUNT },
    { head: "status-bucket-done_on_time", cell: (unit) => ({ number: unit.doneOnTime }), ...COUNT },
    { head: "status-bucket-done_late", cell: (unit) => ({ number: unit.doneLate }), ...COUNT },
    { head: "status-bucket-open", cell: (unit) => ({ number: unit.open }), ...COUNT },
    { head: "status-bucket-overdue", cell: (unit) => ({ number: unit.overdue }), ...COUNT },
    { head: "status-bucket-rate", cell: (unit) => (unit.completionRate === null ? null : { percent: unit.completionRate }), min: 12, max: 14 },
    { head: "status-head-unit-id", cell: (unit) => ({ id: unit.id }), min: 12, max: 30 },
  ];
  return [
    sheet(t("status-sheet-tasks"), t("status-title", { asOf }), tasks, report.tasks, t),
    { ...sheet(t("status-sheet-units"), t("status-units-sheet-title", { asOf }), units, report.units, t), notes: [t("status-units-sheet-note-rate"), t("status-units-sheet-note-joint")] },
  ];
}

/**
 * A task's state in the words of national reporting: the bucket it counts in, then what more a
 * clerk needs to know (due soon; waiting for the session's date or for the notice).
 */
export function stateLabel(task: StatusTask, t: Translate): string {
  const open = (detail: MessageKey) => `${t("status-bucket-open")} (${t(detail)})`;
  switch (task.state) {
    case "done_on_time":
    case "done_late":
    case "overdue":
    case "open":
      return t(`status-bucket-${task.state}`);
    case "due_soon":
      return open("status-detail-due_soon");
    case "awaiting_schedule":
      return open(task.awaiting === "conclusions" ? "status-detail-awaiting-notice" : task.awaiting === "receipt" ? "status-detail-awaiting-receipt" : "status-detail-awaiting-session");
    case "cancelled":
      return t("status-cancelled");
  }
}

function sheet<T>(name: string, title: string, specs: ColumnSpec<T>[], items: readonly T[], t: Translate): Sheet {
  const cells = items.map((item, i) => specs.map((spec) => spec.cell(item, i)));
  const columns = specs.map((spec, c) => {
    const head = t(spec.head);
    const content = Math.max(widestWord(head), ...cells.map((row) => widthOf(row[c])));
    return { head, width: Math.ceil(Math.min(spec.max, Math.max(spec.min, content))) + PADDING, wrap: spec.wrap ?? false };
  });
  const linesOf = (cell: Cell, column: Column) =>
    cell === null || !("text" in cell) ? 1 : column.wrap ? wrappedLines(cell.text, column.width - PADDING) : cell.text.split("\n").length;
  return {
    name,
    title,
    columns,
    headerLines: Math.max(...columns.map((column) => wrappedLines(column.head, column.width - PADDING, true))),
    rows: cells.map((row) => ({ cells: row, lines: Math.max(...row.map((cell, c) => linesOf(cell, columns[c]))) })),
    notes: [],
  };
}

/** Headers wrap between words: the widest word must fit. */
const widestWord = (text: string) => Math.max(...text.split(/\s+/).map((word) => digitsWide(word, true)));

/** Width a cell needs on one line, in digits. */
function widthOf(cell: Cell): number {
  if (cell === null) return 0;
  if ("text" in cell) return Math.max(...cell.text.split("\n").map((line) => digitsWide(line)));
  if ("id" in cell) return digitsWide(cell.id);
  if ("number" in cell) return String(cell.number).length;
  if ("date" in cell) return digitsWide("30/12/2024");
  return digitsWide("100%");
}
