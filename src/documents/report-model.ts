import type { ReportEntry } from "../plan/types.gen.js";
import { plusDays, type Day } from "../tracking/day.js";
import type { StatusInput, UnitSummary } from "../tracking/report.js";
import { citationText, numberAndSymbolOf, planCitation } from "./citation.js";
import { bodyDate, fill, roman } from "./formal.js";
import { formalFrame, heading1, identityOf, para, recipientsColumn, signatureColumn } from "./frame.js";
import { issuerWords } from "./issuer.js";
import type { Block, DocumentModel, TableBlock } from "./model.js";
import { endContent } from "./plan-model.js";
import { inSentence, occurrenceTitle, quotedFromNotice } from "./record-text.js";
import { DOCUMENT_KINDS, type KindModule, type SourceInputs } from "./registry.js";
import { reportFigures, type ReportFigures } from "./report-figures.js";
import { yearBefore } from "./report-period.js";
import { parseEmphasis, plainSpans } from "./rich-text.js";
import { taskSources } from "./task-source.js";
import type { SectionWording, Templates } from "./templates.js";

/** The report of one period over the plans given; the first plan of the period's year speaks for it. */
export const build: KindModule<"period">["build"] = (input, templates) => [{ part: input.label, model: reportModel(input, templates) }];

/**
 * Báo cáo kết quả (BC) of a reporting period of Kết luận 215-KL/TW: the sessions held (theme, day,
 * citizens, opinions and those answered on the spot, the notice), the follow-up of every deadline
 * in the period with the four buckets per agency as a table (the figures of `status --period`),
 * the items still open with their source and deadline, the same figures a year earlier when last
 * year's plans are given; then the sections the office writes (`reports` in the plan), each with a
 * visible placeholder while empty.
 */
export function reportModel({ plans, previous, period, label, asOf }: SourceInputs["period"], templates: Templates): DocumentModel {
  const { wording, profile } = templates;
  const w = { ...wording.lists, ...wording.report };
  const { plan } = plans[0];
  const entry: ReportEntry = (plan.reports ?? []).find((r) => r.period.toLowerCase() === label) ?? { period: label };
  const words = issuerWords(plan.issuer, wording);
  const figures = reportFigures(plans, period, asOf);
  const last = asOf < period.to ? asOf : period.to;
  const body: Block[] = [];
  const sentence = (text: string) => body.push(para("body", parseEmphasis(text)));
  const heading2 = (n: number, title: string) => body.push(para("heading2", plainSpans(fill(profile.body.level2, { n }) + title)));
  const periodName = periodText(label, w);

  sentence(fill(w.opening, { plan: citationText(planCitation(plan, wording), wording, plan.issuer), body: words.body, head: words.head, period: periodName, from: bodyDate(period.from), to: bodyDate(last) }));

  body.push(heading1(templates, 1, w.resultsSection));
  heading2(1, w.sessionsHeading);
  sentence(figures.held.length ? fill(w.sessionsText, { ...counts(figures) }) : w.noSessions);
  if (figures.held.length) body.push(sessionsTable(figures, templates, w));

  heading2(2, w.followUpHeading);
  const t = figures.tasks;
  sentence(t.all ? fill(w.followUpText, { asOf: bodyDate(asOf), tasks: t.all, doneOnTime: t.doneOnTime, doneLate: t.doneLate, open: t.open, overdue: t.overdue, rate: rateText(t.completionRate, w) }) : w.noTasks);
  if (figures.status.units.length) {
    body.push(unitsTable(figures.status.units, w));
    // A task given to several units counts for each: say so when the total row exceeds the tasks counted above.
    const counted = figures.status.units.reduce((sum, u) => sum + u.doneOnTime + u.doneLate + u.open + u.overdue, 0);
    if (counted !== t.doneOnTime + t.doneLate + t.open + t.overdue && w.sharedTasksNote) sentence(w.sharedTasksNote);
  }

  heading2(3, w.openHeading);
  const open = figures.status.tasks.filter((task) => !["done_on_time", "done_late", "cancelled"].includes(task.state));
  if (open.length) body.push(openTable(open, plans, figures, templates, w));
  else sentence(w.noOpen);

  if (previous.length) {
    const before = yearBefore({ label, period, year: Number(label.slice(0, 4)) });
    heading2(4, fill(w.compareHeading, { year: before.year }));
    body.push(compareTable(figures, reportFigures(previous, before.period, yearBeforeDay(asOf)), before.year, w));
  }

  const written: [string, string[] | undefined][] = [
    [w.assessmentSection, entry.assessment],
    [w.shortcomingsSection, entry.shortcomings],
    [w.tasksAheadSection, entry.tasksAhead],
    [w.proposalsSection, entry.proposals],
  ];
  written.forEach(([title, texts], i) => {
    body.push(heading1(templates, i + 2, title));
    // What the office has not written yet shows as a visible gap, never as made-up text.
    for (const text of texts?.length ? texts : [wording.missing.written]) sentence(text);
  });
  endContent(body, profile.body.contentEnding);

  const summary = entry.summary ?? fill(w.summary, { head: words.head, period: periodName });
  return {
    date: entry.date ?? asOf,
    ...formalFrame(identityOf(plan, entry, DOCUMENT_KINDS.report.symbol, summary, templates), templates),
    body,
    signatureLeft: recipientsColumn(templates, entry.recipients?.length ? entry.recipients : [wording.missing.recipients]),
    signatureRight: signatureColumn(entry.signature ?? plan.signature, templates),
  };
}

/** "6 tháng đầu năm 2024", "quý I/2024", "tháng 4/2024", "năm 2024". */
export function periodText(label: string, w: SectionWording): string {
  const [year, rest] = [label.slice(0, 4), label.slice(5)];
  if (/^\d{2}$/.test(rest)) return fill(w.periodMonth, { month: Number(rest), year });
  if (/^q[1-4]$/.test(rest)) return fill(w.periodQuarter, { quarter: roman(Number(rest[1])), year });
  return fill(w[rest === "6m" ? "period6m" : rest === "9m" ? "period9m" : "periodYear"], { year });
}

const counts = (f: ReportFigures) => ({ sessions: f.held.length, citizens: f.citizens, opinions: f.opinions, answered: f.answered, notices: f.notices, assignments: f.assignments });

/** A completion rate as Vietnamese writes it: "66,7%", "100%"; "–" when nothing is due yet. */
export function rateText(rate: number | null, w: SectionWording): string {
  if (rate === null) return w.rateNone;
  const percent = Math.round(rate * 1000) / 10;
  return `${String(percent).replace(".", ",")}%`;
}

/** The same day a year earlier (29 February: the 28th). */
const yearBeforeDay = (day: Day): Day => (day.endsWith("-02-29") ? plusDays(day, -366) : `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`);

/** A date column holds "28/12/2025" on one line: 10 characters of 12 pt (≈ 55 pt) and the cell's padding need 15 % of the 165 mm text width. */
const DATE_COLUMN_PERCENT = 15;

function table(columns: [string, number, "left" | "center"][], rows: string[][], boldRows?: number[]): TableBlock {
  return { table: { columns: columns.map(([header, widthPercent, align]) => ({ header, widthPercent, align })), rows, ...(boldRows && { boldRows }) } };
}

function sessionsTable(f: ReportFigures, templates: Templates, w: SectionWording): TableBlock {
  const organiser = (h: ReportFigures["held"][number]) => `${issuerWords(h.plan.issuer, templates.wording).committee} ${h.plan.place}`;
  // A report speaks for one issuer (render groups the plans), so the column shows only when its plans name their committees apart.
  const byOrganiser = new Set(f.held.map(organiser)).size > 1;
  const rows = f.held.map((h, i) => {
    const number = h.notice ? numberAndSymbolOf({ kind: "TB", number: h.notice.number, ...(h.notice.symbol !== undefined && { symbol: h.notice.symbol }) }, templates.wording, h.notice.issuer ?? h.plan.issuer) : "";
    const notice = number && h.notice?.date ? fill(w.noticeCell, { number, date: bodyDate(h.notice.date) }) : number;
    return [String(i + 1), ...(byOrganiser ? [organiser(h)] : []), inSentence(h.session.theme).replace(/\*/g, ""), bodyDate(h.day), h.citizens === undefined ? "" : String(h.citizens), String(h.opinions), String(h.answered), notice];
  });
  return table(
    [
      [w.colNumber, 7, "center"],
      ...(byOrganiser ? ([[w.colOrganiser, 14, "left"]] as [string, number, "left"][]) : []),
      [w.colTheme, byOrganiser ? 20 : 32, "left"],
      [w.colDate, DATE_COLUMN_PERCENT, "center"],
      [w.colCitizens, byOrganiser ? 10 : 11, "center"],
      [w.colOpinions, byOrganiser ? 8 : 9, "center"],
      [w.colAnswered, byOrganiser ? 11 : 11, "center"],
      [w.colNotice, 15, "center"],
    ],
    rows,
  );
}

/** The per-unit buckets, row for row those of `status --period … --format json`, and their sums. */
function unitsTable(units: readonly UnitSummary[], w: SectionWording): TableBlock {
  const rows = units.map((u, i) => [String(i + 1), u.name, String(u.doneOnTime), String(u.doneLate), String(u.open), String(u.overdue), rateText(u.completionRate, w)]);
  const sum = (key: "doneOnTime" | "doneLate" | "open" | "overdue") => units.reduce((total, u) => total + u[key], 0);
  const [onTime, late, overdue] = [sum("doneOnTime"), sum("doneLate"), sum("overdue")];
  const rate = onTime + late + overdue ? (onTime + late) / (onTime + late + overdue) : null;
  rows.push(["", w.total, String(onTime), String(late), String(sum("open")), String(overdue), rateText(rate, w)]);
  return table(
    [
      [w.colNumber, 7, "center"],
      [w.colUnit, 29, "left"],
      [w.colDoneOnTime, 13, "center"],
      [w.colDoneLate, 13, "center"],
      [w.colOpen, 13, "center"],
      [w.colOverdue, 13, "center"],
      [w.colRate, 12, "center"],
    ],
    rows,
    [rows.length - 1],
  );
}

function openTable(open: ReportFigures["status"]["tasks"], plans: readonly StatusInput[], f: ReportFigures, templates: Templates, w: SectionWording): TableBlock {
  const sources = new Map(plans.map(({ file, plan }) => [file, taskSources(plan, templates)]));
  const names = new Map(f.status.units.map((u) => [u.id, u.name]));
  const rows = open.map((task, i) => {
    const source = sources.get(task.file)!(task.id);
    const deadline = task.deadline ? bodyDate(task.deadline) : task.awaiting === "conclusions" ? w.awaitingNotice : task.awaiting === "receipt" ? w.awaitingReceipt : w.awaitingSchedule;
    const state = task.state === "overdue" ? fill(w.stateOverdue, { days: task.daysOverdue }) : w.stateOpen;
    return [String(i + 1), quotedFromNotice(occurrenceTitle(task, w), w), task.units.map((id) => names.get(id) ?? id).join(", "), source.text, deadline, state];
  });
  return table(
    [
      [w.colNumber, 7, "center"],
      [w.colTask, 31, "left"],
      [w.colLead, 17, "left"],
      [w.colSource, 17, "left"],
      [w.colDeadline, DATE_COLUMN_PERCENT, "center"],
      [w.colState, 13, "center"],
    ],
    rows,
  );
}

function compareTable(now: ReportFigures, then: ReportFigures, year: number, w: SectionWording): TableBlock {
  const a = { ...counts(now), ...now.tasks };
  const b = { ...counts(then), ...then.tasks };
  const change = (x: number, y: number) => (x > y ? `+${x - y}` : x < y ? `–${y - x}` : "0");
  const rows: [string, keyof typeof a][] = [
    [w.rowSessions, "sessions"],
    [w.rowCitizens, "citizens"],
    [w.rowOpinions, "opinions"],
    [w.rowAnswered, "answered"],
    [w.rowNotices, "notices"],
    [w.rowTasks, "all"],
    [w.colDoneOnTime, "doneOnTime"],
    [w.colDoneLate, "doneLate"],
    [w.colOpen, "open"],
    [w.colOverdue, "overdue"],
  ];
  return table(
    [
      [w.colIndicator, 46, "left"],
      [w.colThis, 18, "center"],
      [fill(w.colLast, { year }), 18, "center"],
      [w.colChange, 18, "center"],
    ],
    rows.map(([name, key]) => [name, String(a[key]), String(b[key]), change(Number(a[key]), Number(b[key]))]),
  );
}

