import { eachConclusionTask, eachTask, isObject } from "../../plan/walk.js";
import { OFFICIAL_YEARS } from "../../tracking/official-years.js";
import { isSupportedYear } from "../../tracking/supported-years.js";
import type { Rule } from "../rule.js";

/**
 * A plan that counts working days in a year whose official days off dialogue does not have (they
 * are announced year by year) is counted by the Labour Code alone: say so once, and how to add
 * them — unless the plan's own `calendar` already names its source.
 */
export const officialCalendarKnown: Rule = {
  name: "official-calendar-known",
  check: ({ plan }) => {
    const year = plan.year;
    if (typeof year !== "number" || !isSupportedYear(year) || OFFICIAL_YEARS.includes(year)) return [];
    if (isObject(plan.calendar) && plan.calendar.source) return [];
    const countsWorkingDays = [...eachTask(plan), ...eachConclusionTask(plan)].some(({ task }) => isObject(task.deadline) && task.deadline.workingDays === true);
    return countsWorkingDays ? [{ code: "official-calendar-unknown", severity: "warning", path: ["year"], params: { year } }] : [];
  },
};
