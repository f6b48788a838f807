/** Why a YYYY-MM-DD string is not a real date: a month out of range, or the days its month has. */
/** Why a written YYYY-MM-DD is not a day of the calendar: no such month, day 0, or past the month's last day (`days`). */
export function dateProblem(value: string): { month?: number; year?: number; days?: number; day?: number } {
  const [year, month, day] = value.split("-").map(Number);
  if (!(month >= 1 && month <= 12)) return { month };
  // Day 0 of the next month is the last day of this one; calendar arithmetic, no time zone involved.
  return { month, year, days: new Date(Date.UTC(year, month, 0)).getUTCDate(), ...(day === 0 && { day }) };
}

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const { days } = dateProblem(value);
  return days !== undefined && Number(match[3]) >= 1 && Number(match[3]) <= days;
}
