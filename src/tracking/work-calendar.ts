import { isWeekend, plusDays, type Day } from "./day.js";
import { publicHolidays } from "./holidays.js";

export interface CalendarChanges {
  /** Extra days off announced for the year (swapped or added days). */
  daysOff?: readonly Day[];
  /** Weekend days that are working days (make-up days). */
  workingDays?: readonly Day[];
}

/** Working days: Monday to Friday, minus public holidays and extra days off, plus make-up days. */
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
    if (publicHolidays(Number(day.slice(0, 4))).has(day)) return false;
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
