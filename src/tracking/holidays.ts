import { compareCodeUnits, dayOf, isWeekend, plusDays, weekdayOf, type Day } from "./day.js";
import { lunarYear, solarDateOfLunar } from "./lunar/lunar-calendar.js";

export interface Holiday {
  day: Day;
  name: string;
}

/**
 * The neighbour of 2/9 that is also a holiday since 2021 (Bộ luật Lao động 2019, Điều 112: the
 * Prime Minister picks the day before or after each year). For a year without its official
 * schedule (templates/holidays/), the choice of 2021–2026: the day that joins the weekend, and
 * the day before when 2/9 is mid-week. ISO weekday of 2/9 → offset.
 */
const NATIONAL_DAY_NEIGHBOUR: Record<number, 1 | -1> = { 1: 1, 2: -1, 3: -1, 4: 1, 5: -1, 6: -1, 7: 1 };

/**
 * The public holidays of the Labour Code in force in `year`, before days in lieu:
 * - Bộ luật Lao động 2019 (from 2021), Điều 112: 1/1; Tết Nguyên đán, 5 days (here: the last day of
 *   the lunar year and the first four of the new one); Giỗ Tổ Hùng Vương (10/3 lunar); 30/4; 1/5;
 *   2/9 and a neighbouring day;
 * - Bộ luật Lao động 2012 (from 1/5/2013, so from Tết 2014): the same with 2/9 alone;
 * - before, the 1994 code: Tết 4 days (the last day and the first three), and Giỗ Tổ only since 2007.
 * The lunar dates come from the Vietnamese lunar calendar (UTC+7).
 */
export function statutoryHolidays(year: number): Holiday[] {
  const holidays: Holiday[] = [{ day: dayOf(year, 1, 1), name: "Tết Dương lịch" }];
  const tetDays = year >= 2014 ? 5 : 4;
  const newYear = lunarYear(year).newYear;
  for (let i = -1; i < tetDays - 1; i++) holidays.push({ day: plusDays(newYear, i), name: "Tết Nguyên đán" });
  if (year >= 2007) holidays.push({ day: solarDateOfLunar(year, 3, 10), name: "Giỗ Tổ Hùng Vương" });
  holidays.push({ day: dayOf(year, 4, 30), name: "Ngày Chiến thắng" }, { day: dayOf(year, 5, 1), name: "Ngày Quốc tế Lao động" });
  const national = dayOf(year, 9, 2);
  holidays.push({ day: national, name: "Quốc khánh" });
  if (year >= 2021) holidays.push({ day: plusDays(national, NATIONAL_DAY_NEIGHBOUR[weekdayOf(national)]), name: "Quốc khánh" });
  return holidays.sort((a, b) => compareCodeUnits(a.day, b.day));
}

/**
 * Days off by the Labour Code alone (Điều 111: a holiday on the weekly rest day gives a day in lieu
 * on a working day next to it): a Tết day on a Saturday takes the working day before the break,
 * any other holiday on a weekend the working day after, as the yearly decisions of 2021–2026 do.
 */
export function labourCodeDaysOff(year: number): Map<Day, string> {
  const holidays = statutoryHolidays(year);
  const days = new Map(holidays.map((h) => [h.day, h.name]));
  for (const h of holidays) {
    if (!isWeekend(h.day)) continue;
    const step = h.name === "Tết Nguyên đán" && weekdayOf(h.day) === 6 ? -1 : 1;
    let inLieu = plusDays(h.day, step);
    while (isWeekend(inLieu) || days.has(inLieu)) inLieu = plusDays(inLieu, step);
    days.set(inLieu, `Nghỉ bù ${h.name}`);
  }
  return days;
}
