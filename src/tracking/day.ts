import { DateTime } from "luxon";

/** A calendar date in Vietnam, `YYYY-MM-DD`. Deadlines are days, never instants. */
export type Day = string;

export const VIETNAM = "Asia/Ho_Chi_Minh";

const at = (day: Day) => DateTime.fromISO(day, { zone: VIETNAM });

export const plusDays = (day: Day, days: number): Day => at(day).plus({ days }).toISODate()!;

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: Day, to: Day): number => Math.round(at(to).diff(at(from), "days").days);

/** ISO weekday: 1 Monday … 7 Sunday. */
export const weekdayOf = (day: Day): number => at(day).weekday;

export const isWeekend = (day: Day): boolean => weekdayOf(day) >= 6;

export const dayOf = (year: number, month: number, date: number): Day =>
  DateTime.fromObject({ year, month, day: date }, { zone: VIETNAM }).toISODate()!;

/** Today's date in Vietnam; only the command-line edge calls this. */
export const todayInVietnam = (now: Date = new Date()): Day => DateTime.fromJSDate(now, { zone: VIETNAM }).toISODate()!;

/** `31/3/2021`, the way dates are written inside Vietnamese text. */
export const vietnameseDate = (day: Day): string => {
  const [y, m, d] = day.split("-").map(Number);
  return `${d}/${m}/${y}`;
};
