/** Why a YYYY-MM-DD string is not a real date: a month out of range, or the days its month has. */
export function dateProblem(value: string): { month?: number; year?: number; days?: number } {
  const [year, month] = value.split("-").map(Number);
  if (!(month >= 1 && month <= 12)) return { month };
  // Day 0 of the next month is the last day of this one; calendar arithmetic, no time zone involved.
  return { month, year, days: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const { days } = dateProblem(value);
  return days !== undefined && Number(match[3]) >= 1 && Number(match[3]) <= days;
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day/month/year as offices write it: 20/4/2026, 20/04/2026 (also with dots or hyphens). */
const VIETNAMESE_DAY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** A day written `YYYY-MM-DD` or `d/m/yyyy`, as ISO; undefined when it is written in neither form. */
export function parseDay(raw: string): { day: string; problem?: { month?: number; year?: number; days?: number } } | undefined {
  const text = raw.trim();
  const iso = ISO_DAY.exec(text);
  const vi = VIETNAMESE_DAY.exec(text);
  if (!iso && !vi) return undefined;
  const [year, month, date] = iso ? [iso[1], iso[2], iso[3]] : [vi![4], vi![3], vi![1]];
  const day = `${year}-${month.padStart(2, "0")}-${date.padStart(2, "0")}`;
  const problem = dateProblem(day);
  const real = problem.days !== undefined && Number(date) >= 1 && Number(date) <= problem.days;
  return real ? { day } : { day, problem };
}
