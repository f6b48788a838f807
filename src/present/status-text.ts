import { basename } from "node:path";
import type { Lang } from "../i18n/lang.js";
import type { Translate } from "../i18n/translate.js";
import { vietnameseDate, type Day } from "../tracking/day.js";
import type { StatusReport, StatusTask } from "../tracking/report.js";
import type { TaskState } from "../tracking/states.js";
import { showControls } from "../control-characters.js";
import { colors } from "./colors.js";
import { columnWidth, drawTable } from "./table.js";

/** Piped output is laid out for a 100-column page; a terminal gives its own width. */
const PAGE_COLUMNS = 100;
/** cli-table3 puts a border and a space either side of each cell. */
const CELL_FRAME = 3;
const MIN_CONTENT = 20;


/** Each state has a colour and always a text label, so the table reads the same without colour. */
function paint(state: TaskState, text: string): string {
  const c = colors();
  const byState: Record<TaskState, (s: string) => string> = {
    done_on_time: c.green,
    done_late: c.hex("#FF8C00"),
    open: c.blue,
    due_soon: c.blue.bold,
    overdue: c.red.bold,
    awaiting_schedule: c.gray,
    cancelled: c.gray,
  };
  return byState[state](text);
}

const truncate = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1).trimEnd()}…` : text);

/** The status table for a terminal; text from the plan shows its control characters as `\x1b`. */
export function statusText(report: StatusReport, t: Translate, lang: Lang): string {
  const date = (day: Day) => (lang === "vi" ? vietnameseDate(day) : day);
  const out = [colors().bold(t("status-title", { asOf: date(report.asOf) })), ""];
  if (!report.tasks.length) return [...out, t("status-none"), ""].join("\n");

  // One file: its line numbers say enough; several: which file, by its name.
  const files = new Set(report.tasks.map((task) => task.file));
  const where = (task: StatusTask) => (files.size > 1 ? `${showControls(basename(task.file))}:${task.line}` : t("status-line", { line: task.line }));
  const head = [t("status-col-state"), t("status-col-task"), t("status-col-deadline"), t("status-col-unit"), t("status-col-content")];
  const rows = report.tasks.map((task) => [
    stateWord(task, t),
    `${task.id}${task.session ? `\n${t("status-session", { id: task.session })}` : ""}\n${where(task)}`,
    deadlineCell(task, t, date),
    showControls(task.units.join("\n")),
  ]);
  const widths = [0, 1, 2, 3].map((i) => columnWidth([head[i], ...rows.map((r) => r[i])]));
  const fixed = widths.reduce((sum, width) => sum + width + 1, 1);
  const content = Math.max(MIN_CONTENT, (process.stdout.columns || PAGE_COLUMNS) - fixed - CELL_FRAME);
  const cells = report.tasks.map((task, i) => [paint(task.state, rows[i][0]), ...rows[i].slice(1), truncate(showControls(task.title), content * 2)]);
  out.push(drawTable(head, cells, [...widths, content + 2], true), "", colors().bold(t("status-units-title")));

  const unitHead = [t("status-col-unit"), t("status-col-done-on-time"), t("status-col-done-late"), t("status-col-open"), t("status-col-overdue"), t("status-col-rate")];
  const unitRows = report.units.map((u) => [
    `${u.id}\n${truncate(showControls(u.name), 40)}`,
    u.doneOnTime,
    u.doneLate,
    u.open,
    u.overdue,
    u.completionRate === null ? "–" : `${Math.round(u.completionRate * 100)}%`,
  ]);
  out.push(drawTable(unitHead, unitRows, unitHead.map((h, i) => columnWidth([h, ...unitRows.map((r) => r[i])]))), "");
  return out.join("\n");
}

/**
 * A task's state in a few words: a task not done within its deadline is "chưa thực hiện" or
 * "đang thực hiện" as recorded; one waiting says what for (the session's date or the notice's).
 */
export function stateWord(task: StatusTask, t: Translate): string {
  if (task.state === "open" && task.status === "in_progress") return t("task-status-in_progress");
  if (task.state === "awaiting_schedule" && task.awaiting === "conclusions") return t("status-detail-awaiting-notice");
  return t(`state-${task.state}`);
}

function deadlineCell(task: StatusTask, t: Translate, date: (d: Day) => string): string {
  if (task.deadline) {
    const extra =
      task.state === "overdue" ? t("status-days-overdue", { days: task.daysOverdue })
      : task.state === "done_late" ? t("status-days-late", { days: task.daysOverdue })
      : "";
    return extra ? `${date(task.deadline)}\n${extra}` : date(task.deadline);
  }
  if (task.earliestDeadline) return t("status-not-before", { day: date(task.earliestDeadline) });
  return t("status-no-deadline");
}
