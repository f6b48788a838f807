import type { PlannedTime, Plan } from "../plan/types.gen.js";
import { compareCodeUnits, dayOf, plusDays, type Day } from "./day.js";
import { expandedSessions, type SessionAt } from "./recurrence.js";
import { anchorOf, earliestDay } from "./session-anchor.js";
import { calendarOf } from "./tracked-tasks.js";

/** A session still to be held, as known on a day: its fixed day, or the time it is planned (or put off) for. */
export interface ComingSession {
  file: string;
  id: string;
  /** The recurring session this is an occurrence of (its next one: tiep-dan-2025-08 of tiep-dan). */
  series?: string;
  theme: string;
  /** Fixed: the day (with the hour when scheduled); else what the plan says of when, if anything. */
  when: { day: Day; time?: string } | { planned: PlannedTime } | undefined;
  postponed: boolean;
  /** The day it is known for, or the first day it could be; sessions without any date sort last. */
  soonest: Day;
}

/**
 * The sessions neither held nor cancelled on `asOf` that can still come, soonest first (those
 * without any date last): what a clerk prepares for next. A session whose day, month or quarter
 * is over is not coming (`validate` and the deadlines speak of it); one without any date is, in a
 * plan of this year or a later one. A recurring session shows its next occurrence only. With
 * `only`, just that session: a session's id, a recurring one's (its next occurrence), or an
 * occurrence's (tiep-dan-2025-10, however far ahead).
 */
export function comingSessions(plans: Iterable<{ file: string; plan: Plan }>, asOf: Day, only?: string): ComingSession[] {
  const coming: ComingSession[] = [];
  for (const { file, plan } of plans) {
    const seriesShown = new Set<string>();
    const sessions: SessionAt[] = plan.sessions?.some((s) => s.recurrence?.length) ? expandedSessions(plan, calendarOf(plan)) : (plan.sessions ?? []);
    for (const session of sessions) {
      if (only !== undefined && session.id !== only && session.series !== only) continue;
      const anchor = anchorOf(session, asOf);
      if (anchor.kind === "cancelled" || (session.status === "held" && session.heldOn && session.heldOn <= asOf)) continue;
      const postponed = session.status === "postponed";
      const planned = postponed ? session.postponedTo : session.planned;
      const when =
        anchor.kind === "fixed"
          ? { day: anchor.day, time: session.scheduled?.date === anchor.day ? session.scheduled.time : planned?.time }
          : planned && Object.keys(planned).length ? { planned } : undefined;
      const latest = anchor.kind === "fixed" ? anchor.day : latestDay(planned) ?? `${plan.year}-12-31`;
      if (latest < asOf) continue;
      const soonest = anchor.kind === "fixed" ? anchor.day : (earliestDay(planned) ?? "9999-12-31");
      const { series } = session;
      if (series !== undefined && seriesShown.has(series)) continue;
      if (series !== undefined) seriesShown.add(series);
      coming.push({ file, id: session.id, series, theme: session.theme, when, postponed, soonest });
    }
  }
  return coming.sort(soonestFirst);
}

export const soonestFirst = (a: ComingSession, b: ComingSession) => compareCodeUnits(a.soonest, b.soonest);

/** The last day a planned time could be. */
function latestDay(planned: PlannedTime | undefined): Day | undefined {
  if (!planned) return undefined;
  if (planned.date) return planned.date;
  if (planned.alternatives?.length) return [...planned.alternatives].sort().at(-1);
  const lastDayBefore = (year: number, month: number) => plusDays(dayOf(year, month, 1), -1);
  if (planned.month) {
    const [y, m] = planned.month.split("-").map(Number);
    return lastDayBefore(y, m + 1);
  }
  if (planned.quarter) {
    const [y, q] = planned.quarter.split("-Q").map(Number);
    return lastDayBefore(y, q * 3 + 1);
  }
  return undefined;
}
