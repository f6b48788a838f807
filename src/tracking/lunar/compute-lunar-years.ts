// The Vietnamese lunar calendar from astronomy, by the published rules:
// - a month begins on the day, in Việt Nam's time (UTC+7, see ZONES), of a new moon;
// - month 11 is the month that holds the winter solstice (the sun at 270°);
// - when 13 months lie between two months 11, the first of them after month 11 that holds no
//   major solar term (trung khí: the sun at a multiple of 30°) is a leap month, numbered like the
//   month before it.
// Used to generate and to check lunar-table.ts; the tool itself reads only the table.
import { dayOf, daysBetween, plusDays, yearOf } from "../day.js";
import { deltaT, newMoonJde, sunLongitude, yearOfJulianDay } from "./astronomy.js";
import type { LunarYear } from "./lunar-year.js";

/**
 * The time zone the calendar is reckoned in, in days, for an instant in UT. Việt Nam has used
 * UTC+7 since the lunar year 1968 (Tết Mậu Thân fell on 29/1/1968 in Việt Nam, 30/1 in China);
 * before, it followed the Chinese calendar: UTC+8 from 1929, Beijing's mean time (116°25′ E) before.
 */
const ZONES: readonly [until: number, hours: number][] = [
  [2425612.5, (116 + 25 / 60) / 15], // until 1929-01-01 00:00 UT
  [2439884.5 - 7 / 24, 8], // until 1968-01-29 00:00 UTC+7
  [Infinity, 7],
];
const zoneAt = (ut: number) => ZONES.find(([until]) => ut < until)![1] / 24;

const SYNODIC_MONTH = 29.530588861;
/** Julian Day Number of 1970-01-01. */
const JDN_1970 = 2440588;

const jdnOf = (year: number, month: number, date: number) => JDN_1970 + daysBetween("1970-01-01", dayOf(year, month, date));
const dayOfJdn = (jdn: number) => plusDays("1970-01-01", jdn - JDN_1970);

/** The day in Việt Nam (a Julian Day Number) on which the new moon of lunation k falls. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  const ut = jde - deltaT(yearOfJulianDay(jde)) / 86400;
  return Math.floor(ut + 0.5 + zoneAt(ut));
}

/** The 30° sector (0–11) the sun is in at the midnight, in Việt Nam, that begins day `jdn`. */
function sectorAt(jdn: number): number {
  const ut = jdn - 0.5 - zoneAt(jdn - 0.5);
  return Math.floor(sunLongitude(ut + deltaT(yearOfJulianDay(ut)) / 86400) / 30);
}

/** The lunation that begins month 11 of solar year `year` (the month holding the December solstice). */
function month11(year: number): number {
  const lastDay = jdnOf(year, 12, 31);
  let k = Math.floor((lastDay - 2451550.1) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= lastDay) k++;
  while (newMoonDay(k) > lastDay) k--;
  // The new moon before 31/12 has the sun at 250°–280°: in sector 9, the solstice came before it.
  return sectorAt(newMoonDay(k)) >= 9 ? k - 1 : k;
}

interface Month {
  start: number;
  number: number;
  leap: boolean;
}

/** The months from month 11 of `year` up to, not including, month 11 of the next year. */
function monthsAfterSolstice(year: number): Month[] {
  const first = month11(year);
  const count = month11(year + 1) - first;
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(first + i));
  let leapAt = -1;
  if (count === 13) {
    leapAt = starts.findIndex((start, i) => i >= 1 && i <= 12 && sectorAt(start) === sectorAt(starts[i + 1]));
    if (leapAt < 0) throw new Error(`no month without a major term after the solstice of ${year}`);
  }
  const months: Month[] = [];
  let number = 11;
  for (let i = 0; i < count; i++) {
    if (i > 0 && i !== leapAt) number = (number % 12) + 1;
    months.push({ start: starts[i], number, leap: i === leapAt });
  }
  return months;
}

/** Lunar years `from`–`to` computed from the astronomy; each runs from its Tết to the next. */
export function computeLunarYears(from: number, to: number): LunarYear[] {
  const months: Month[] = [];
  for (let year = from - 1; year <= to; year++) months.push(...monthsAfterSolstice(year));
  const newYears = months.flatMap((m, i) => (m.number === 1 && !m.leap ? [i] : []));
  const years: LunarYear[] = [];
  for (let n = 0; n + 1 < newYears.length; n++) {
    const inYear = months.slice(newYears[n], newYears[n + 1] + 1);
    const leap = inYear.slice(0, -1).find((m) => m.leap);
    const newYear = dayOfJdn(inYear[0].start);
    if (yearOf(newYear) !== from + n) throw new Error(`Tết of ${from + n} computed on ${newYear}`);
    years.push({
      year: from + n,
      newYear,
      leapMonth: leap ? leap.number : 0,
      monthLengths: inYear.slice(0, -1).map((m, i) => inYear[i + 1].start - m.start),
    });
  }
  return years;
}
