import { dayOf, plusDays } from "../tracking/day.js";
import { parsePeriod, type Period } from "../tracking/period.js";

/** A reporting period as a report names it (`2024-6m`) and the days it counts. */
export interface ReportPeriod {
  label: string;
  period: Period;
  year: number;
}

/**
 * A period of Kết luận 215-KL/TW for a report: the clerk's `6m`, `q1`, `2024-04`, … of the given
 * year when it names none. Offices that cut the data mid-month (NĐ 09/2019 cuts on the 14th, many
 * Party offices on the 15th) count from the day after the cut-off day of the month before the
 * period to the cut-off day of its last month; without one, whole calendar months.
 */
export function reportPeriod(text: string, year: number, cutOffDay?: number): ReportPeriod | undefined {
  const label = (/^\d{4}-/.test(text) ? text : `${year}-${text}`).toLowerCase();
  const calendar = parsePeriod(label, `${year}-01-01`);
  if (!calendar) return undefined;
  const periodYear = Number(label.slice(0, 4));
  if (cutOffDay === undefined) return { label, period: calendar, year: periodYear };
  const [fy, fm] = calendar.from.split("-").map(Number);
  const [ty, tm] = calendar.to.split("-").map(Number);
  const before = fm === 1 ? dayOf(fy - 1, 12, cutOffDay) : dayOf(fy, fm - 1, cutOffDay);
  return { label, period: { from: plusDays(before, 1), to: dayOf(ty, tm, cutOffDay) }, year: periodYear };
}

/** The same period a year earlier, for the comparison with last year. */
export function yearBefore({ label, period, year }: ReportPeriod): ReportPeriod {
  const back = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  // 29 February has no day a year before: a period starting then starts on 1 March, one ending then ends on 28 February.
  const from = back(period.from).endsWith("-02-29") ? back(period.from).replace("-02-29", "-03-01") : back(period.from);
  const to = back(period.to).endsWith("-02-29") ? back(period.to).replace("-02-29", "-02-28") : back(period.to);
  return { label: `${year - 1}${label.slice(4)}`, period: { from, to }, year: year - 1 };
}
