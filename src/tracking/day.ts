/** A calendar date in Vietnam, `YYYY-MM-DD`. Deadlines are days, never instants. */
export type Day = string;

export const VIETNAM = "Asia/Ho_Chi_Minh";

// Day arithmetic is calendar arithmetic: done on UTC midnights, where no zone rule can shift a
// day. Only "today" depends on the zone (Vietnam, UTC+7), and only the CLI edge asks for it.
// setUTCFullYear, unlike Date.UTC, takes years 0–99 as written instead of as 1900–1999.
const MS_PER_DAY = 86_400_000;
const utcOf = (year: number, month: number, date: number) => new Date(0).setUTCFullYear(year, month - 1, date);
/** Days met in one run are few (a plan's deadlines repeat), and each is met once per task: remembered. */
const utcByDay = new Map<Day, number>();
const utc = (day: Day) => {
  let ms = utcByDay.get(day);
  if (ms === undefined) utcByDay.set(day, (ms = utcOf(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)))));
  return ms;
};
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const fromUtc = (ms: number): Day => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};

export const plusDays = (day: Day, days: number): Day => fromUtc(utc(day) + days * MS_PER_DAY);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: Day, to: Day): number => Math.round((utc(to) - utc(from)) / MS_PER_DAY);

/** ISO weekday: 1 Monday … 7 Sunday. */
export const weekdayOf = (day: Day): number => new Date(utc(day)).getUTCDay() || 7;

export const isWeekend = (day: Day): boolean => weekdayOf(day) >= 6;

/** The day `date` of `month` in `year`; months and days past the end roll over (month 13 is January of the next year). */
export const dayOf = (year: number, month: number, date: number): Day => fromUtc(utcOf(year, month, date));

export const yearOf = (day: Day): number => Number(day.slice(0, 4));

/**
 * Orders text by code units, which is calendar order for days. Not localeCompare: its first call
 * loads ICU's collator, 20–40 ms of a command's start-up.
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `31/3/2021`, the way dates are written inside Vietnamese text. */
export const vietnameseDate = (day: Day): string => {
  const [y, m, d] = day.split("-").map(Number);
  return `${d}/${m}/${y}`;
};
