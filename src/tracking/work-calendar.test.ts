import { describe, expect, it } from "vitest";
import { dayOf, isWeekend, plusDays } from "./day.js";
import { labourCodeDaysOff } from "./holidays.js";
import { officialYear } from "./official-days-off.js";
import { WorkCalendar } from "./work-calendar.js";

/**
 * The official schedules as the government announced them, written out independently of
 * templates/holidays/: every weekday offices were closed, and every Saturday they worked.
 */
const OFFICIAL: Record<number, { closedWeekdays: string[]; workedSaturdays: string[] }> = {
  2021: { closedWeekdays: ["01-01", "02-10", "02-11", "02-12", "02-15", "02-16", "04-21", "04-30", "05-03", "09-02", "09-03"], workedSaturdays: [] },
  2022: { closedWeekdays: ["01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-11", "05-02", "05-03", "09-01", "09-02"], workedSaturdays: [] },
  2023: { closedWeekdays: ["01-02", "01-20", "01-23", "01-24", "01-25", "01-26", "05-01", "05-02", "05-03", "09-01", "09-04"], workedSaturdays: [] },
  2024: { closedWeekdays: ["01-01", "02-08", "02-09", "02-12", "02-13", "02-14", "04-18", "04-29", "04-30", "05-01", "09-02", "09-03"], workedSaturdays: ["05-04"] },
  2025: { closedWeekdays: ["01-01", "01-27", "01-28", "01-29", "01-30", "01-31", "04-07", "04-30", "05-01", "05-02", "09-01", "09-02"], workedSaturdays: ["04-26"] },
  2026: { closedWeekdays: ["01-01", "01-02", "02-16", "02-17", "02-18", "02-19", "02-20", "04-27", "04-30", "05-01", "08-31", "09-01", "09-02"], workedSaturdays: ["01-10", "08-22"] },
};

describe("working days of 2021–2026, day by day against the official schedules", () => {
  const calendar = new WorkCalendar();
  it.each(Object.entries(OFFICIAL))("%s", (year, { closedWeekdays, workedSaturdays }) => {
    const closed = new Set(closedWeekdays.map((d) => `${year}-${d}`));
    const worked = new Set(workedSaturdays.map((d) => `${year}-${d}`));
    const wrong: string[] = [];
    for (let day = dayOf(Number(year), 1, 1); day.startsWith(year); day = plusDays(day, 1)) {
      const expected = worked.has(day) || (!isWeekend(day) && !closed.has(day));
      if (calendar.isWorkingDay(day) !== expected) wrong.push(`${day}: ${expected ? "working" : "off"}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    [2021, []],
    [2022, []],
    [2023, []],
    [2024, ["off 04-29", "working 05-04"]],
    [2025, ["off 05-02", "working 04-26"]],
    [2026, ["off 01-02", "off 08-31", "working 01-10", "working 08-22"]],
  ])("the Labour Code rule alone gives %i's schedule but for its swapped days: %j", (year, swaps) => {
    const byCode = labourCodeDaysOff(year);
    const official = officialYear(year)!;
    const weekdaysOff = (days: Iterable<string>) => [...days].filter((d) => !isWeekend(d));
    const extraOff = weekdaysOff(official.daysOff).filter((d) => !byCode.has(d)).map((d) => `off ${d.slice(5)}`);
    const missing = weekdaysOff(byCode.keys()).filter((d) => !official.daysOff.has(d)).map((d) => `not off ${d.slice(5)}`);
    const worked = [...official.workingDays].map((d) => `working ${d.slice(5)}`);
    expect([...extraOff, ...missing, ...worked]).toEqual(swaps);
  });
});

describe("counting working days", () => {
  const calendar = new WorkCalendar();

  it.each([
    ["2024-02-06", 5, "2024-02-20", "over Tết 2024: offices closed 8/2–14/2"],
    ["2024-02-20", -5, "2024-02-06", "5 working days before 20/2/2024"],
    ["2022-01-28", 10, "2022-02-18", "the Tết week of 2022"],
    ["2024-04-23", -5, "2024-04-15", "back over a weekend and Giỗ Tổ 18/4"],
    ["2024-04-23", 7, "2024-05-06", "over 29/4–1/5 with Saturday 4/5 worked"],
    ["2025-04-25", 1, "2025-04-26", "Saturday 26/4/2025 is worked"],
    ["2025-04-29", 1, "2025-05-05", "30/4–4/5/2025 closed"],
    ["2026-12-30", 2, "2027-01-04", "into a year without an official schedule: 1/1/2027 by the Labour Code"],
  ])("%s, %i working days: %s (%s)", (from, count, expected) => {
    expect(calendar.shift(from, count)).toBe(expected);
  });

  it("lets a plan's own calendar add days off and make-up days, and have the last word", () => {
    const plan = new WorkCalendar({ daysOff: ["2024-03-08", "2024-05-04"], workingDays: ["2024-03-09", "2024-02-14"] });
    expect(plan.isWorkingDay("2024-03-08")).toBe(false); // a local day off
    expect(plan.isWorkingDay("2024-03-09")).toBe(true); // a local make-up Saturday
    expect(plan.isWorkingDay("2024-05-04")).toBe(false); // the plan keeps the official make-up Saturday off
    expect(plan.isWorkingDay("2024-02-14")).toBe(true); // and works an official day off
    expect(plan.shift("2024-03-07", 1)).toBe("2024-03-09");
  });

  it("refuses a day outside the years of the lunar table instead of guessing", () => {
    expect(() => calendar.shift("2199-12-28", 5)).toThrow(/year-outside-calendar/);
  });
});
