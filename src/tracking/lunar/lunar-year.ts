import { daysBetween, dayOf, plusDays, type Day } from "../day.js";

/** One year of the Vietnamese lunar calendar: the solar date of Tết, its leap month, its months' lengths. */
export interface LunarYear {
  year: number;
  /** Mùng 1 Tết: the first day of month 1. */
  newYear: Day;
  /** The month after which a leap month (tháng nhuận) comes, 1–12; 0 in a common year. */
  leapMonth: number;
  /** Days (29 or 30) of each month in order, the leap month in its place: 12 or 13 numbers. */
  monthLengths: number[];
}

// One year packed into one integer, written as 6 hex digits: bits 17–22 Tết's day of the solar year
// counted from 1 January (Tết falls 21/1–20/2: 20–50), bits 13–16 the leap month, bit i (0–12) set when
// month i in order has 30 days. 300 years take 1,800 characters.
const TET_SHIFT = 2 ** 17;
const LEAP_SHIFT = 2 ** 13;

export function encodeLunarYear({ year, newYear, leapMonth, monthLengths }: LunarYear): string {
  const tet = daysBetween(dayOf(year, 1, 1), newYear);
  const lengths = monthLengths.reduce((bits, days, i) => bits + (days === 30 ? 2 ** i : 0), 0);
  return (tet * TET_SHIFT + leapMonth * LEAP_SHIFT + lengths).toString(16).padStart(6, "0");
}

export function decodeLunarYear(year: number, code: string): LunarYear {
  const value = parseInt(code, 16);
  const leapMonth = Math.floor(value / LEAP_SHIFT) % 16;
  const monthLengths = Array.from({ length: leapMonth ? 13 : 12 }, (_, i) => (Math.floor(value / 2 ** i) % 2 ? 30 : 29));
  return { year, newYear: plusDays(dayOf(year, 1, 1), Math.floor(value / TET_SHIFT)), leapMonth, monthLengths };
}
