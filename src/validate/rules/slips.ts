import type { Issue } from "../../findings.js";
import { eachConclusionTask, eachTask, isObject, list } from "../../plan/walk.js";
import { vietnameseDate, weekdayOf, yearOf, type Day } from "../../tracking/day.js";
import { labourCodeDaysOff } from "../../tracking/holidays.js";
import { OFFICIAL_SCHEDULES } from "../../tracking/official-days-off.js";
import { isSupportedYear } from "../../tracking/supported-years.js";
import { calendarOf } from "../../tracking/tracked-tasks.js";
import { isRealDate } from "../calendar-date.js";
import type { Rule } from "../rule.js";

/**
 * A session's day that is no working day (a weekend, a public holiday of the official calendar or
 * of the plan's own): most often a slip of the day or the month. A warning, since some dialogues are
 * held on a Saturday on purpose.
 */
export const sessionOnWorkingDay: Rule = {
  name: "session-on-working-day",
  check: ({ plan }) => {
    const sessions = list(plan.sessions);
    if (!sessions.length) return [];
    const calendar = calendarOf(plan);
    const issues: Issue[] = [];
    sessions.forEach((session, s) => {
      if (!isObject(session)) return;
      const days: [unknown, (string | number)[]][] = [];
      if (isObject(session.planned)) {
        days.push([session.planned.date, ["planned", "date"]]);
        list(session.planned.alternatives).forEach((day, k) => days.push([day, ["planned", "alternatives", k]]));
      }
      if (isObject(session.scheduled)) days.push([session.scheduled.date, ["scheduled", "date"]]);
      for (const [day, at] of days) {
        if (typeof day !== "string" || !isRealDate(day) || !isSupportedYear(yearOf(day)) || calendar.isWorkingDay(day)) continue;
        issues.push({ code: "session-on-day-off", severity: "warning", path: ["sessions", s, ...at], params: { day: vietnameseDate(day), ...dayOff(plan.calendar?.daysOff, day) } });
      }
    });
    return issues;
  },
};

/** Why a day is off: the plan's own reason, the official schedule's, the Labour Code's holiday, or the weekend. */
function dayOff(own: readonly { date: string; reason?: string }[] | undefined, day: Day): { holiday: string; weekday: number } {
  const reason =
    own?.find((d) => d.date === day)?.reason ??
    OFFICIAL_SCHEDULES[yearOf(day)]?.daysOff?.find((d) => d.date === day)?.reason ??
    (OFFICIAL_SCHEDULES[yearOf(day)] ? undefined : labourCodeDaysOff(yearOf(day)).get(day));
  return { holiday: reason ?? "", weekday: weekdayOf(day) };
}

/**
 * A task recorded done in another year than the plan's: a slip of the year on `--on` or in the
 * file (2025-03-30 in a 2026 plan). A conclusion's assignment may be done in the next year, and
 * any task in the year its deadline falls in; dates further off already get date-far-from-year.
 */
export const doneInPlanYear: Rule = {
  name: "done-in-plan-year",
  check: ({ plan }) => {
    const year = plan.year;
    if (typeof year !== "number") return [];
    const issues: Issue[] = [];
    const tasks = [...[...eachTask(plan)].map((t) => ({ ...t, conclusion: false })), ...[...eachConclusionTask(plan)].map((t) => ({ ...t, conclusion: true }))];
    for (const { task, path, conclusion } of tasks) {
      const deadline = isObject(task.deadline) ? (task.deadline.on ?? task.deadline.before) : undefined;
      const deadlineYear = typeof deadline === "string" && isRealDate(deadline) ? yearOf(deadline) : undefined;
      const progress: [unknown, (string | number)[]][] = [[task.completedOn, [...path, "completedOn"]]];
      if ("bySession" in task && isObject(task.bySession)) for (const [id, p] of Object.entries(task.bySession)) if (isObject(p)) progress.push([p.completedOn, [...path, "bySession", id, "completedOn"]]);
      for (const [day, at] of progress) {
        if (typeof day !== "string" || !isRealDate(day)) continue;
        const done = yearOf(day);
        if (done === year || done === deadlineYear || Math.abs(done - year) > 1 || (conclusion && done === year + 1)) continue;
        issues.push({ code: "task-done-outside-year", severity: "warning", path: at, params: { day: vietnameseDate(day), year, id: String(task.id ?? "") } });
      }
    }
    return issues;
  },
};
