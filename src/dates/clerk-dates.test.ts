import { describe, expect, it } from "vitest";
import { readDay, todayInVietnam } from "./clerk-dates.js";

describe("today in Việt Nam, from the clock the entry point read", () => {
  it.each([
    ["2024-02-09T16:59:59Z", "2024-02-09"],
    ["2024-02-09T17:00:00Z", "2024-02-10"], // midnight in Việt Nam (UTC+7)
    ["2026-12-31T16:59:59.999Z", "2026-12-31"],
    ["2026-12-31T17:00:00Z", "2027-01-01"],
    ["2028-02-28T17:00:00Z", "2028-02-29"],
    ["1975-06-13T00:00:00Z", "1975-06-13"],
  ])("today in Việt Nam at %s is %s", (instant, day) => {
    expect(todayInVietnam(new Date(instant))).toBe(day);
    expect(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(instant)), "as the time-zone database says").toBe(day);
  });
});

describe("a day as a clerk types it", () => {
  it.each([
    ["2026-04-20", "2026-04-20"],
    ["2026-4-5", "2026-04-05"],
    ["20/4/2026", "2026-04-20"],
    ["20/04/2026", "2026-04-20"],
    ["20.4.2026", "2026-04-20"],
    ["20-4-2026", "2026-04-20"],
    [" 5/6/2026 ", "2026-06-05"],
    ["29/2/2024", "2024-02-29"],
  ])("%j is %s", (typed, day) => expect(readDay(typed)).toEqual({ day }));

  it.each([
    ["31/4/2026", { day: "2026-04-31", problem: { month: 4, year: 2026, days: 30 } }],
    ["29/2/2023", { day: "2023-02-29", problem: { month: 2, year: 2023, days: 28 } }],
    ["2026-13-01", { day: "2026-13-01", problem: { month: 13 } }],
  ])("%j is written as a day but is none: the problem says why", (typed, read) => expect(readDay(typed)).toEqual(read));

  it.each(["", "hôm nay", "20/4/26", "2026/04/20", "20/4-2026", "20 tháng 4 năm 2026"])("%j is no day of the offices' forms", (typed) => expect(readDay(typed)).toBeUndefined());
});
