import { dayOf, plusDays, type Day } from "./day.js";

/** An inclusive range of days for a report. */
export interface Period {
  from: Day;
  to: Day;
}

const CUMULATIVE: Record<string, [number, number]> = {
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
  "6m": [1, 6],
  "9m": [1, 9],
  year: [1, 12],
};

/**
 * Reporting periods of Kết luận 215-KL/TW: a month `2021-04`, a quarter `q1`..`q4`, the
 * cumulative `6m`, `9m` and `year`, each optionally prefixed with a year (`2021-q3`); without one,
 * the year of `asOf`. Undefined when the text is none of these.
 */
export function parsePeriod(text: string, asOf: Day): Period | undefined {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (month) return range(Number(month[1]), Number(month[2]), Number(month[2]));
  const named = /^(?:(\d{4})-)?(q[1-4]|6m|9m|year)$/i.exec(text);
  if (!named) return undefined;
  const [first, last] = CUMULATIVE[named[2].toLowerCase()];
  return range(Number(named[1] ?? asOf.slice(0, 4)), first, last);
}

function range(year: number, firstMonth: number, lastMonth: number): Period {
  return { from: dayOf(year, firstMonth, 1), to: plusDays(dayOf(year, lastMonth + 1, 1), -1) };
}
