import { DateTime } from "luxon";

/** A calendar date in Vietnam, `YYYY-MM-DD`. Deadlines are days, never instants. */
export type Day = string;

export const VIETNAM = "Asia/Ho_Chi_Minh";

// Day arithmetic is calendar arithmetic: done on UTC midnights, where no zone rule can shift a
// day. Only "today" depends on the zone (Vietnam, UTC+7), and only the CLI edge asks for it.
const MS_PER_DAY = 86_400_000;
const utc = (day: Day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

export const plusDays = (day: Day, days: number): Day => fromUtc(utc(day) + days * MS_PER_DAY);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: Day, to: Day): number => Math.round((utc(to) - utc(from)) / MS_PER_DAY);

/** ISO weekday: 1 Monday … 7 Sunday. */
export const weekdayOf = (day: Day): number => new Date(utc(day)).getUTCDay() || 7;

export const isWeekend = (day: Day): boolean => weekdayOf(day) >= 6;

export const dayOf = (year: number, month: number, date: number): Day => fromUtc(Date.UTC(year, month - 1, date));

/** Today's date in Vietnam; only the command-line edge calls this. */
export const todayInVietnam = (now: Date = new Date()): Day => DateTime.fromJSDate(now, { zone: VIETNAM }).toISODate()!;

/** `31/3/2021`, the way dates are written inside Vietnamese text. */
export const vietnameseDate = (day: Day): string => {
  const [y, m, d] = day.split("-").map(Number);
  return `${d}/${m}/${y}`;
};
