import { DateTime, FixedOffsetZone } from "luxon";
import type { Day } from "../tracking/day.js";
import { dateProblem, isRealDate } from "../validate/calendar-date.js";

/**
 * The dates of the edge, read with luxon: the days a clerk types (on the command line and in
 * `record`'s questions) and today in Việt Nam. The core counts days itself (src/tracking/day.ts)
 * and is handed these as ISO days.
 */

// Asia/Ho_Chi_Minh has kept UTC+7, without summer time, since 13/6/1975: the fixed offset gives the
// same day as the time-zone database for any clock a run reads, without the 16 ms Intl takes to
// load the zone.
const VIETNAM = FixedOffsetZone.instance(7 * 60);
// Named, so that luxon never asks Intl for the system's locale (12 ms of a run).
const READING = { locale: "vi-VN", zone: VIETNAM } as const;

/** Today's date in Việt Nam, from the clock the entry point read. */
export const todayInVietnam = (now: Date): Day => DateTime.fromJSDate(now, READING).toISODate()!;

/** How offices write a day: 20/4/2026 or 20/04/2026 (with dots or hyphens too), or 2026-04-20. */
const DAY_FORMATS = ["yyyy-M-d", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy"];

export interface TypedDay {
  day: Day;
  /** Why the day written is not in the calendar (31/4, 29/2 of a common year), when it is not. */
  problem?: ReturnType<typeof dateProblem>;
}

/** A day as a clerk types it, as ISO; undefined when it is written in none of the offices' forms. */
export function readDay(raw: string): TypedDay | undefined {
  const text = raw.trim();
  for (const format of DAY_FORMATS) {
    const read = DateTime.fromFormat(text, format, READING);
    if (read.isValid) return { day: read.toISODate()! };
    // Written in this form but not a day of the calendar: which part is wrong, in the core's words.
    const { result } = DateTime.fromFormatExplain(text, format, READING) as { result?: { year?: number; month?: number; day?: number } };
    if (result?.year !== undefined && result.month !== undefined && result.day !== undefined) {
      const day = `${result.year}-${String(result.month).padStart(2, "0")}-${String(result.day).padStart(2, "0")}`;
      return isRealDate(day) ? { day } : { day, problem: dateProblem(day) };
    }
  }
  return undefined;
}
