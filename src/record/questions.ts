import type { Translate } from "../i18n/translate.js";
import { fits } from "../init/ask.js";
import type { Plan, Session } from "../plan/types.gen.js";
import type { Prompts } from "../prompts/terminal-prompts.js";
import { readDay } from "../dates/clerk-dates.js";
import { readTime } from "../dates/clerk-time.js";
import { FAR_YEARS } from "../validate/rules/texts.js";
import type { Day } from "../tracking/day.js";

// The longest texts the plan schema allows (schemas/plan.schema.json): a name, a title or
// address, a field of opinions, a paragraph. The record is checked whole before it is written.
const NAME = 100;
const SHORT_TEXT = 300;
const FIELD = 200;
const PARAGRAPH = 5000;


export interface RecordAnswer {
  by?: string;
  summary: string;
}
export interface RecordOpinion {
  number: number;
  field?: string;
  speaker?: { name: string; address?: string };
  content: string;
  answers?: RecordAnswer[];
}
export interface RecordAssignment {
  id: string;
  lead: string;
  coordinating?: string[];
  text: string;
  deadline?: { on: Day } | { before: Day } | { daysAfter: number };
  reportTo?: string;
}
/** A session's record as the clerk told it, in the plan's own shape (schema: Record). */
export interface RecordAnswers {
  start?: string;
  end?: string;
  leaders?: string[];
  agencies?: string[];
  citizens?: number;
  minuteTaker?: { name: string; title?: string };
  opinions: RecordOpinion[];
  assessment: string[];
  assignments: RecordAssignment[];
  followUp?: string;
}


/** A day as a clerk types it, 30/6/2026 or 2026-06-30; undefined when it is no real day. */
export function clerkDay(text: string): Day | undefined {
  const typed = readDay(text);
  return typed && !typed.problem ? typed.day : undefined;
}

/**
 * A conclusion's deadline as typed: a day ("30/6/2026": by that day), "trước 30/6/2026" (before
 * it), or a number of days after the notice ("30"); empty for none. `false` when unreadable.
 */
export function clerkDeadline(text: string, beforeWord: string): RecordAssignment["deadline"] | undefined | false {
  const value = text.trim();
  if (!value) return undefined;
  if (/^\d{1,3}$/.test(value)) return Number(value) > 0 ? { daysAfter: Number(value) } : false;
  const before = value.toLowerCase().startsWith(`${beforeWord} `);
  const day = clerkDay(before ? value.slice(beforeWord.length + 1) : value);
  if (!day) return false;
  return before ? { before: day } : { on: day };
}

/** The year of a deadline's day when it lies more than FAR_YEARS from the plan's (a typo: 2062 for 2026), else undefined. */
function farFromYear(deadline: NonNullable<RecordAssignment["deadline"]>, planYear: number): number | undefined {
  const day = "on" in deadline ? deadline.on : "before" in deadline ? deadline.before : undefined;
  const year = day === undefined ? undefined : Number(day.slice(0, 4));
  return year !== undefined && Math.abs(year - planYear) > FAR_YEARS ? year : undefined;
}

/** The next free id `<session>-kl-<n>` for a conclusion, never one the plan already uses. */
function freeIds(sessionId: string, taken: ReadonlySet<string>) {
  let n = 0;
  return () => {
    let id: string;
    do id = `${sessionId}-kl-${++n}`;
    while (taken.has(id));
    return id;
  };
}

/**
 * The questions of `dialogue record` for a held session, in the clerk's language: the session's
 * facts, each opinion with its answers, the assessment, each conclusion with its units and
 * deadline, and the follow-up. Lists go on until the clerk says no (or leaves a line empty).
 */
export async function askRecord(ask: Prompts, plan: Plan, session: Session, takenIds: ReadonlySet<string>, t: Translate): Promise<RecordAnswers> {
  const optional = (limit: number) => ({ check: fits(t, limit, true) });
  const required = (limit: number) => ({ check: fits(t, limit) });
  const units = plan.units.map((u) => ({ value: u.id, name: u.name }));
  const timeCheck = (value: string) => !value.trim() || readTime(value) !== undefined || t("record-q-time-invalid");
  const time = async (message: string) => readTime(await ask.text(message, { check: timeCheck }));
  const text = async (message: string, limit: number) => (await ask.text(message, optional(limit))).trim() || undefined;

  const record: RecordAnswers = { opinions: [], assessment: [], assignments: [] };
  record.start = await time(t("record-q-start"));
  record.end = await time(t("record-q-end"));
  const leaders: string[] = [];
  for (let leader; (leader = await text(t("record-q-leader", { n: leaders.length + 1 }), SHORT_TEXT)); ) leaders.push(leader);
  if (leaders.length) record.leaders = leaders;
  const agencies = await ask.chooseSome(t("record-q-agencies"), units, true);
  if (agencies.length) record.agencies = agencies;
  record.citizens = await ask.whole(t("record-q-citizens"), { min: 0, optional: true });
  const taker = await text(t("record-q-minute-taker"), NAME);
  if (taker) record.minuteTaker = { name: taker, title: await text(t("record-q-minute-taker-title"), SHORT_TEXT) };

  while (await ask.yesNo(t(record.opinions.length ? "record-q-another-opinion" : "record-q-opinion"), true)) {
    const number = record.opinions.length + 1;
    const field = await text(t("record-q-field", { n: number }), FIELD);
    const speakerName = await text(t("record-q-speaker"), NAME);
    const speaker = speakerName ? { name: speakerName, address: await text(t("record-q-address"), SHORT_TEXT) } : undefined;
    const content = (await ask.text(t("record-q-content"), required(PARAGRAPH))).trim();
    const answers: RecordAnswer[] = [];
    for (;;) {
      const by = await ask.choose(t(answers.length ? "record-q-another-answer" : "record-q-answer-by"), [{ value: "", name: t("record-q-no-more-answers") }, ...units]);
      if (!by) break;
      answers.push({ by, summary: (await ask.text(t("record-q-answer"), required(PARAGRAPH))).trim() });
    }
    record.opinions.push({ number, field, speaker, content, ...(answers.length && { answers }) });
  }

  for (let paragraph; (paragraph = await text(t("record-q-assessment", { n: record.assessment.length + 1 }), PARAGRAPH)); ) record.assessment.push(paragraph);

  const nextId = freeIds(session.id, takenIds);
  const beforeWord = t("record-q-before-word");
  while (await ask.yesNo(t(record.assignments.length ? "record-q-another-assignment" : "record-q-assignment"), true)) {
    const lead = await ask.choose(t("record-q-lead"), units);
    const coordinating = await ask.chooseSome(t("record-q-coordinating"), units.filter((u) => u.value !== lead), true);
    const assignment = (await ask.text(t("record-q-assignment-text"), required(PARAGRAPH))).trim();
    let deadline: RecordAssignment["deadline"] | undefined | false;
    await ask.text(t("record-q-deadline", { before: beforeWord }), {
      check: (value) => {
        deadline = clerkDeadline(value, beforeWord);
        if (deadline === false) return t("record-q-deadline-invalid", { before: beforeWord });
        // Asked again here, where the clerk can mend it: validate would refuse the whole record after the last question.
        const far = deadline && farFromYear(deadline, plan.year);
        return far ? t("record-q-deadline-far", { year: far, planYear: plan.year, limit: FAR_YEARS }) : true;
      },
    });
    const reportTo = await text(t("record-q-report-to"), FIELD);
    record.assignments.push({
      id: nextId(),
      lead,
      ...(coordinating.length && { coordinating }),
      text: assignment,
      ...(deadline && { deadline }),
      ...(reportTo && { reportTo }),
    });
  }
  record.followUp = await text(t("record-q-follow-up"), PARAGRAPH);
  return record;
}
