import type { Plan, Recurrence, Session } from "../plan/types.gen.js";
import { isObject, list } from "../plan/walk.js";
import { dayOf, plusDays, type Day } from "./day.js";
import type { WorkCalendar } from "./work-calendar.js";

/** One derived occurrence of a recurring session: its own id (`tiep-dan-2025-03`), month and rule. */
export interface OccurrenceMonth {
  id: string;
  month: string;
  rule: Recurrence;
}

const monthAfter = (month: string): string => {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};

/**
 * The months a recurring session takes place in the plan's year, each under the rule in force:
 * a rule runs from its month until its `until`, the next rule's month or the year's end.
 */
export function occurrenceMonths(session: Session, year: number): OccurrenceMonth[] {
  const rules = list(session.recurrence).filter((r): r is Recurrence => isObject(r) && typeof r.from === "string" && typeof r.day === "number");
  const out: OccurrenceMonth[] = [];
  for (const [i, rule] of rules.entries()) {
    const next = rules[i + 1]?.from;
    const last = [rule.until, `${year}-12`].filter((m): m is string => Boolean(m)).sort()[0];
    for (let month = rule.from < `${year}-01` ? `${year}-01` : rule.from; month <= last && (!next || month < next); month = monthAfter(month))
      out.push({ id: `${session.id}-${month}`, month, rule });
  }
  return out;
}

/** The day of one occurrence: the rule's day (the month's last day in a shorter month), moved off a day off as the rule says. */
export function occurrenceDay({ month, rule }: OccurrenceMonth, calendar: WorkCalendar): Day {
  const [y, m] = month.split("-").map(Number);
  const lastOfMonth = Number(dayOf(y, m + 1, 0).slice(8, 10));
  let day = dayOf(y, m, Math.min(rule.day, lastOfMonth));
  const step = rule.whenOff === "previous" ? -1 : 1;
  if (rule.whenOff !== "keep") while (!calendar.isWorkingDay(day)) day = plusDays(day, step);
  return day;
}

/** A session as the tracking sees it: a recurring one stands for each of its occurrences. */
export type SessionAt = Session & { series?: string };

/**
 * The plan's sessions with every recurring one replaced by its occurrences of the year, each a
 * session planned on its day (a cancelled series cancels them all).
 */
export function expandedSessions(plan: Plan, calendar: WorkCalendar): SessionAt[] {
  return list(plan.sessions).flatMap((session): SessionAt[] => {
    if (!isObject(session) || !session.recurrence?.length) return [session];
    return occurrenceMonths(session, plan.year).map((o) => ({
      ...session,
      id: o.id,
      series: session.id,
      recurrence: undefined,
      status: session.status === "cancelled" ? "cancelled" : "planned",
      planned: { date: occurrenceDay(o, calendar), ...(o.rule.time && { time: o.rule.time }), ...(o.rule.dayPart && { dayPart: o.rule.dayPart }) },
    }));
  });
}

/** Every id a task may name as its session: the plan's sessions and the occurrences of the recurring ones. */
export function sessionIds(plan: Plan): string[] {
  return list(plan.sessions).flatMap((s) => (isObject(s) && typeof s.id === "string" ? [s.id, ...(s.recurrence?.length ? occurrenceMonths(s, plan.year).map((o) => o.id) : [])] : []));
}
