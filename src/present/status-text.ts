import stringWidth from "fast-string-width";
import { basename } from "node:path";
import type { ChalkInstance } from "chalk";
import { painter } from "./colors.js";

// Loaded by the command when its output is coloured: this module is a bundle of its own, with its own painter.
export { loadColours } from "./colors.js";
import type { Lang } from "../i18n/lang.js";
import type { Translate } from "../i18n/translate.js";
import type { PlannedTime } from "../plan/types.gen.js";
import type { ComingSession } from "../tracking/coming-sessions.js";
import { vietnameseDate, type Day } from "../tracking/day.js";
import type { Period } from "../tracking/period.js";
import type { StatusReport, StatusTask } from "../tracking/report.js";
import { periodText } from "./period-text.js";
import type { TaskState } from "../tracking/states.js";
import { plainText } from "../tracking/tracked-tasks.js";
import { showControls } from "../control-characters.js";
import type { PlanNames } from "./plan-names.js";
import { drawTable } from "./table.js";

/** Output that is not a terminal (a pipe, a file) is laid out for the classic 80-column terminal. */
const PAGE_COLUMNS = 80;
/**
 * Narrower terminals get the 80-column layout anyway (the terminal wraps its lines) rather than
 * unreadable columns: below 80, the task's text would get three characters.
 */
const NARROWEST = PAGE_COLUMNS;
/** cli-table3 draws a border left of each cell and one at the end, and pads each cell by one space either side. */
const BORDER = 1;
const PADDING = 2;
/** The task table's fixed columns, in characters: the longest state name and deadline word fit whole. */
const STATE_WIDTH = 14;
const DEADLINE_WIDTH = 13;
const UNITS_WIDTH = 17;
/** A task's text shows in at most this many lines; the plan holds the rest. */
const TITLE_LINES = 2;
/** A unit's name keeps at least this many columns, however wide the count headings are. */
const MIN_NAME_WIDTH = 12;
/**
 * The per-unit headings (the four buckets and the completion rate, worded in full as wording.md
 * asks) wrap to at most this many lines; when they would take more (80 columns: eight), the
 * columns are numbered and the full wording follows the table as a legend.
 */
const MAX_HEADING_LINES = 3;

/** What the status text needs of the command's context: the width, colour, names, and what was asked. */
export interface StatusTextOptions {
  /** The terminal's width, when the output is one. */
  columns: number | undefined;
  color: boolean;
  names: PlanNames;
  sessions: readonly ComingSession[];
  period?: Period;
  /** How many plan files were read: with several, each row says which one it comes from. */
  files: number;
}

/** Each state has a colour and always a text label, so the table reads the same without colour. */
function paint(c: ChalkInstance, state: TaskState, text: string): string {
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

/**
 * Lines at most `columns` wide on a terminal (a CJK letter or an emoji takes two), broken between
 * words; a word wider than a line is cut between its characters.
 */
export function wrap(text: string, columns: number): string[] {
  const width = Math.max(1, columns);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (let word of paragraph.split(" ").filter(Boolean)) {
      while (shown(word) > width) {
        if (line) lines.push(line), (line = "");
        const head = widthPrefix(word, width);
        lines.push(head);
        word = word.slice(head.length);
      }
      if (!word) continue;
      if (line && shown(line) + 1 + shown(word) > width) lines.push(line), (line = "");
      line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * How wide a text shows on a terminal: the measure the tables are drawn with (scripts/build.mjs,
 * fastTables). Text of Latin letters only, Vietnamese included, is one column a letter, said at once.
 */
export const shown = (text: string) => (ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(text, { tabWidth: 0 }));
const ONE_COLUMN_EACH = /^[\u0020-\u007e\u00a0-\u02ff\u1e00-\u1eff]*$/;

/** The longest start of `word` (whole characters, at least one) no wider than `width`. */
function widthPrefix(word: string, width: number): string {
  let end = 0;
  for (const character of word) {
    if (end > 0 && shown(word.slice(0, end + character.length)) > width) break;
    end += character.length;
  }
  return word.slice(0, end);
}

/** The first `count` lines of the wrapped text, the last ending in "…" when text was left out. */
function firstLines(text: string, width: number, count: number): string[] {
  const lines = wrap(text, width);
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, count);
  const last = kept[count - 1];
  kept[count - 1] = `${shown(last) >= width ? widthPrefix(last, width - 1).trimEnd() : last}…`;
  return kept;
}

/**
 * The status for a clerk at a terminal, in 80 columns (or the terminal's width): the sessions to
 * come with their dates, then every task (its state, id and text, deadline, units by name, and
 * where it is written), then the four buckets per unit. Text from a plan shows its control
 * characters as `\x1b`.
 */
export function statusText(report: StatusReport, t: Translate, lang: Lang, options: StatusTextOptions): string {
  const c = painter(options.color);
  const width = Math.max(NARROWEST, options.columns ?? PAGE_COLUMNS);
  const date = (day: Day) => (lang === "vi" ? vietnameseDate(day) : day);
  const asOf = date(report.asOf);
  const title = options.period ? t("status-title-period", { from: date(options.period.from), to: date(options.period.to), asOf }) : t("status-title", { asOf });
  const out = [...wrap(title, width).map((line) => c.bold(line)), ""];
  if (options.sessions.length) out.push(...sessionLines(options.sessions, options.files > 1, t, date, width, c), "");
  if (!report.tasks.length) return [...out, t("status-none"), ""].join("\n");

  // One file: its line numbers say enough; several: which file, by its name.
  const where = (task: StatusTask) => (options.files > 1 ? `${showControls(basename(task.file))}:${task.line}` : t("status-line", { line: task.line }));
  const unitName = (task: StatusTask, id: string) => showControls(options.names.unit(task.file, id));
  const taskWidth = width - (STATE_WIDTH + DEADLINE_WIDTH + UNITS_WIDTH) - 4 * (PADDING + BORDER) - BORDER;
  const head = [t("status-col-state"), t("status-col-task"), t("status-col-deadline"), t("status-col-unit")];
  const rows = report.tasks.map((task) => [
    paint(c, task.state, wrap(stateWord(task, t), STATE_WIDTH).join("\n")),
    [
      ...wrap(task.id, taskWidth),
      ...firstLines(showControls(plainText(task.title)), taskWidth, TITLE_LINES).map((line) => c.dim(line)),
      ...(task.session ? wrap(t("status-session", { id: task.session }), taskWidth) : []),
      ...(task.period ? wrap(t("status-period", { period: periodText(task.period, t) }), taskWidth) : []),
      ...(task.stage ? wrap(t("status-stage", { id: task.stage }), taskWidth) : []),
      ...wrap(where(task), taskWidth),
    ].join("\n"),
    wrap(deadlineCell(task, t, date), DEADLINE_WIDTH).join("\n"),
    task.units.flatMap((id) => wrap(unitName(task, id), UNITS_WIDTH)).join("\n"),
  ]);
  out.push(drawTable(head.map((h, i) => wrap(h, [STATE_WIDTH, taskWidth, DEADLINE_WIDTH, UNITS_WIDTH][i]).join("\n")), rows, [STATE_WIDTH, taskWidth, DEADLINE_WIDTH, UNITS_WIDTH].map((w) => w + PADDING)), "");

  out.push(c.bold(t("status-units-title")));
  const unitHead = [t("status-col-unit"), t("status-col-done-on-time"), t("status-col-done-late"), t("status-col-open"), t("status-col-overdue"), t("status-col-rate")];
  const counts = report.units.map((u) => [u.doneOnTime, u.doneLate, u.open, u.overdue, u.completionRate === null ? "–" : `${Math.round(u.completionRate * 100)}%`]);
  const names = report.units.map((u) => showControls(u.name));
  const full = unitTable(unitHead, counts, names, width);
  if (full.headingLines <= MAX_HEADING_LINES) out.push(full.draw(), "");
  else {
    const marks = unitHead.slice(1).map((_, i) => `(${i + 1})`);
    const legend = unitHead.slice(1).map((head, i) => `${marks[i]} ${head.replace(/\s+/g, " ")}`);
    out.push(unitTable([unitHead[0], ...marks], counts, names, width).draw(), ...legendLines(legend, width), "");
  }
  return out.join("\n");
}

/**
 * The per-unit table for these headings. Each count column takes at least its longest word or
 * number; the names take what their longest needs; what is left widens the counts towards their
 * headings' own lines (the catalogue breaks them: "Đang thực hiện, / trong hạn"), then the names.
 */
function unitTable(head: readonly string[], counts: readonly (string | number)[][], names: readonly string[], width: number) {
  const longest = (texts: readonly string[]) => Math.max(0, ...texts.map((text) => text.length));
  const countMin = head.slice(1).map((heading, i) => longest([...heading.split(/\s+/), ...counts.map((row) => String(row[i]))]));
  const countWant = head.slice(1).map((heading, i) => Math.max(countMin[i], longest(heading.split("\n"))));
  const available = width - head.length * (PADDING + BORDER) - BORDER;
  const nameWant = longest([head[0], ...names]);
  const nameWidth = Math.max(MIN_NAME_WIDTH, Math.min(nameWant, available - countMin.reduce((a, b) => a + b, 0)));
  const countWidths = [...countMin];
  let spare = available - nameWidth - countWidths.reduce((a, b) => a + b, 0);
  for (let grew = true; spare > 0 && grew; ) {
    grew = false;
    for (let i = 0; i < countWidths.length && spare > 0; i++)
      if (countWidths[i] < countWant[i]) (countWidths[i]++, spare--, (grew = true));
  }
  const wrappedHead = head.map((heading, i) => wrap(heading, i ? countWidths[i - 1] : nameWidth).join("\n"));
  return {
    headingLines: Math.max(...wrappedHead.map((heading) => heading.split("\n").length)),
    draw: () =>
      drawTable(
        wrappedHead,
        names.map((name, i) => [wrap(name, nameWidth).join("\n"), ...counts[i]]),
        [nameWidth, ...countWidths].map((w) => w + PADDING),
      ),
  };
}

/** The legend's items on as few lines as fit, an item broken only when it is wider than a line. */
function legendLines(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + item.length <= width) lines[lines.length - 1] = `${last} · ${item}`;
    else lines.push(...wrap(item, width));
  }
  return lines;
}

/** "Các buổi đối thoại sắp tới", one line each: when, the session's id and theme. */
function sessionLines(sessions: readonly ComingSession[], several: boolean, t: Translate, date: (d: Day) => string, width: number, c: ChalkInstance): string[] {
  const when = sessions.map((s) => whenText(s, t, date));
  const whenWidth = Math.max(...when.map((w) => w.length));
  return [
    c.bold(t("status-sessions-title")),
    ...sessions.flatMap((s, i) => {
      const line = `  ${when[i].padEnd(whenWidth)}  ${s.id}: ${showControls(plainText(s.theme))}`;
      const file = `  ${" ".repeat(whenWidth)}  (${showControls(basename(s.file))})`;
      return [line.length > width ? `${line.slice(0, width - 1).trimEnd()}…` : line, ...(several ? [file] : [])];
    }),
  ];
}

function whenText(session: ComingSession, t: Translate, date: (d: Day) => string): string {
  const text = !session.when ? t("status-session-no-date") : "day" in session.when ? `${date(session.when.day)}${session.when.time ? ` ${session.when.time}` : ""}` : plannedText(session.when.planned, t, date);
  return session.postponed ? t("status-session-postponed", { when: text }) : text;
}

/** A planned time as a clerk says it: "tháng 4/2026", "quý 3/2026", "20/4/2026 hoặc 22/4/2026". */
function plannedText(planned: PlannedTime, t: Translate, date: (d: Day) => string): string {
  if (planned.alternatives?.length) return planned.alternatives.map(date).join(t("status-session-or"));
  if (planned.month) {
    const [year, month] = planned.month.split("-").map(Number);
    return t("status-session-month", { month, year, part: planned.part ?? "" });
  }
  if (planned.quarter) {
    const [year, quarter] = planned.quarter.split("-Q").map(Number);
    return t("status-session-quarter", { quarter, year });
  }
  return t("status-session-no-date");
}

/**
 * A task's state in a few words: a task not done within its deadline is "chưa thực hiện" or
 * "đang thực hiện" as recorded; one waiting says what for (the session's date or the notice's).
 */
export function stateWord(task: StatusTask, t: Translate): string {
  if (task.state === "open" && task.status === "in_progress") return t("task-status-in_progress");
  if (task.state === "awaiting_schedule" && task.awaiting === "conclusions") return t("status-detail-awaiting-notice");
  if (task.state === "awaiting_schedule" && task.awaiting === "receipt") return t("status-detail-awaiting-receipt");
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
