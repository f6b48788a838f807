import { plusDays, type Day } from "../day.js";
import { FIRST_SUPPORTED_YEAR, isSupportedYear, YearOutsideCalendar } from "../supported-years.js";
import { LUNAR_TABLE } from "./lunar-table.js";
import { decodeLunarYear, type LunarYear } from "./lunar-year.js";

const CODE_WIDTH = 7; // 6 hex digits and a space

/** One year of the Vietnamese lunar calendar, read from the committed table; outside it, a typed error. */
export function lunarYear(year: number): LunarYear {
  if (!Number.isInteger(year) || !isSupportedYear(year)) throw new YearOutsideCalendar(year);
  const index = year - FIRST_SUPPORTED_YEAR;
  const line = LUNAR_TABLE[Math.floor(index / 10)];
  const at = (index % 10) * CODE_WIDTH;
  return decodeLunarYear(year, line.slice(at, at + CODE_WIDTH - 1));
}

/** The solar date of day `day` of the (common, not leap) month `month` of lunar year `year`. */
export function solarDateOfLunar(year: number, month: number, day: number): Day {
  const { newYear, leapMonth, monthLengths } = lunarYear(year);
  // The leap month follows the month it is named after, so it comes before month `month` when leapMonth < month.
  const index = month - 1 + (leapMonth && leapMonth < month ? 1 : 0);
  const before = monthLengths.slice(0, index).reduce((sum, days) => sum + days, 0);
  return plusDays(newYear, before + day - 1);
}
