import { describe, expect, it } from "vitest";
import { publicHolidays } from "./holidays.js";
import { WorkCalendar } from "./work-calendar.js";

describe("Vietnamese public holidays", () => {
  it.each([
    [2021, ["2021-01-01", "2021-02-11", "2021-02-12", "2021-02-15", "2021-04-21", "2021-04-30", "2021-05-01", "2021-05-03", "2021-09-02", "2021-09-03"]],
    [2022, ["2022-01-31", "2022-02-01", "2022-02-04", "2022-04-10", "2022-04-11", "2022-05-02", "2022-05-03", "2022-09-01", "2022-09-02"]],
    [2024, ["2024-02-09", "2024-02-13", "2024-04-18", "2024-09-02", "2024-09-03"]],
    [2025, ["2025-01-28", "2025-01-29", "2025-02-01", "2025-04-07", "2025-09-01", "2025-09-02"]],
  ])("%i includes the solar and lunar holidays and days in lieu", (year, days) => {
    const holidays = publicHolidays(year);
    for (const day of days) expect(holidays.has(day), day).toBe(true);
  });

  it("uses the Vietnamese lunar calendar, not the Chinese one (Tết 2007 was 17/2 in Việt Nam)", () => {
    expect(publicHolidays(2007).get("2007-02-17")).toBe("Tết Nguyên đán");
    expect(publicHolidays(2007).has("2007-02-21")).toBe(false);
  });
});

describe("working days", () => {
  const calendar = new WorkCalendar();

  it("skips the Tết week: 10 working days from Friday 28/1/2022 end on 18/2/2022", () => {
    expect(calendar.shift("2022-01-28", 10)).toBe("2022-02-18");
  });

  it("counts backwards over weekends and Giỗ Tổ: 5 working days before 23/4/2024 is 15/4/2024", () => {
    expect(calendar.shift("2024-04-23", -5)).toBe("2024-04-15");
  });

  it("honours a plan's extra day off and make-up working day", () => {
    const plain = calendar.shift("2024-04-23", 7);
    const adjusted = new WorkCalendar({ daysOff: ["2024-04-29"], workingDays: ["2024-05-04"] });
    expect(plain).toBe("2024-05-06");
    expect(adjusted.isWorkingDay("2024-04-29")).toBe(false);
    expect(adjusted.isWorkingDay("2024-05-04")).toBe(true);
    expect(adjusted.shift("2024-04-23", 6)).toBe("2024-05-04");
    expect(adjusted.shift("2024-04-23", 7)).toBe("2024-05-06");
    expect(new WorkCalendar({ daysOff: ["2024-04-29"] }).shift("2024-04-23", 7)).toBe("2024-05-07");
  });
});
