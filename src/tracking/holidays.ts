import { getSolarDate } from "@dqcai/vn-lunar";
import { dayOf, isWeekend, plusDays, weekdayOf, type Day } from "./day.js";

/**
 * Which neighbour of 2/9 is also a holiday; the Prime Minister decides it each year (Nghị định
 * 145/2020/NĐ-CP). Default: the one that joins the weekend, as in 2021–2025. ISO weekday → offset.
 */
const NATIONAL_DAY_NEIGHBOUR: Record<number, 1 | -1> = { 1: 1, 2: -1, 3: 1, 4: 1, 5: -1, 6: -1, 7: 1 };

export interface Holiday {
  day: Day;
  name: string;
}

const cache = new Map<number, Map<Day, string>>();

/**
 * Public holidays of Bộ luật Lao động 2019, Điều 112, for one solar year: 1/1; Tết Nguyên đán
 * (the last day of the lunar year and the first four of the new one); Giỗ Tổ Hùng Vương (10/3
 * lunar); 30/4; 1/5; 2/9 and a neighbouring day; plus a day in lieu for a holiday other than Tết
 * that falls on a weekend (Điều 111). The lunar dates use the Vietnamese calendar (UTC+7).
 */
export function publicHolidays(year: number): Map<Day, string> {
  const known = cache.get(year);
  if (known) return known;
  const days = new Map<Day, string>();
  const add = (day: Day, name: string) => days.set(day, name);
  const lunar = (d: number, m: number, y: number) => {
    const s = getSolarDate(d, m, y);
    return dayOf(s.year, s.month, s.day);
  };

  const fixed: Holiday[] = [{ day: dayOf(year, 1, 1), name: "Tết Dương lịch" }, { day: lunar(10, 3, year), name: "Giỗ Tổ Hùng Vương" }];
  fixed.push({ day: dayOf(year, 4, 30), name: "Ngày Giải phóng miền Nam" }, { day: dayOf(year, 5, 1), name: "Ngày Quốc tế Lao động" });
  const national = dayOf(year, 9, 2);
  fixed.push({ day: national, name: "Quốc khánh" }, { day: plusDays(national, NATIONAL_DAY_NEIGHBOUR[weekdayOf(national)]), name: "Quốc khánh" });
  for (const h of fixed) add(h.day, h.name);

  // Tết always begins between 21/1 and 20/2, so its five days fall within the same solar year.
  const newYear = lunar(1, 1, year);
  for (let i = -1; i <= 3; i++) add(plusDays(newYear, i), "Tết Nguyên đán");

  for (const h of [...fixed].sort((a, b) => a.day.localeCompare(b.day))) {
    if (!isWeekend(h.day)) continue;
    let inLieu = plusDays(h.day, 1);
    while (isWeekend(inLieu) || days.has(inLieu)) inLieu = plusDays(inLieu, 1);
    add(inLieu, `Nghỉ bù ${h.name}`);
  }
  cache.set(year, days);
  return days;
}
