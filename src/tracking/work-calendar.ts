import { isWeekend, plusDays, yearOf, type Day } from "./day.js";
import { labourCodeDaysOff } from "./holidays.js";
import { officialYear } from "./official-days-off.js";

export interface CalendarChanges {
  /** Extra days off announced for the year (swapped or added days). */
  daysOff?: readonly Day[];
  /** Weekend days that are working days (make-up days). */
  workingDays?: readonly Day[];
}

const byLabourCode = new Map<number, Map<Day, string>>();

/** Days off of a year whose official schedule is not known: the Labour Code's holidays and days in lieu. */
function labourCodeDayOff(day: Day): boolean {
  const year = yearOf(day);
  let days = byLabourCode.get(year);
  if (!days) byLabourCode.set(year, (days = labourCodeDaysOff(year)));
  return days.has(day);
}

/**
 * Working days: Monday to Friday, minus the year's official days off plus its make-up days
 * (templates/holidays/, or the Labour Code's rule for a year without a file), and then the plan's
 * own `calendar`, which has the last word: its make-up days, then its days off.
 */
export class WorkCalendar {
  private readonly daysOff: Set<Day>;
  private readonly makeUpDays: Set<Day>;
  private readonly shifts = new Map<string, Day>();

  constructor(changes: CalendarChanges = {}) {
    this.daysOff = new Set(changes.daysOff ?? []);
    this.makeUpDays = new Set(changes.workingDays ?? []);
  }

  isWorkingDay(day: Day): boolean {
    if (this.makeUpDays.has(day)) return true;
    if (this.daysOff.has(day)) return false;
    const official = officialYear(yearOf(day));
    if (official?.workingDays.has(day)) return true;
    if (official ? official.daysOff.has(day) : labourCodeDayOff(day)) return false;
    return !isWeekend(day);
  }

  /** The working day `count` working days after (positive) or before (negative) `from`, not counting `from`. */
  shift(from: Day, count: number): Day {
    const key = `${from}${count}`;
    const known = this.shifts.get(key);
    if (known) return known;
    const step = count < 0 ? -1 : 1;
    let day = from;
    for (let left = Math.abs(count); left > 0; ) {
      day = plusDays(day, step);
      if (this.isWorkingDay(day)) left--;
    }
    this.shifts.set(key, day);
    return day;
  }
}
