import { describe, expect, it } from "vitest";
import { compareCodeUnits, dayOf, daysBetween, isWeekend, plusDays, vietnameseDate, weekdayOf } from "./day.js";

describe("day arithmetic", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2021-03-31", -31, "2021-02-28"],
    // Years 0–99 stay themselves (Date.UTC would read them as 1900–1999).
    ["0001-01-01", 1, "0001-01-02"],
    ["0099-12-31", 1, "0100-01-01"],
    ["9999-12-20", 9, "9999-12-29"],
  ])("%s plus %i days is %s", (day, days, expected) => {
    expect(plusDays(day, days)).toBe(expected);
  });

  it.each([
    ["2021-03-31", "2021-04-01", 1],
    ["2021-04-01", "2021-03-31", -1],
    ["2024-01-01", "2025-01-01", 366],
    ["0050-01-01", "0051-01-01", 365],
  ])("from %s to %s is %i days", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ["2024-02-10", 6, true], // Tết Giáp Thìn, a Saturday
    ["2024-02-11", 7, true],
    ["2024-02-12", 1, false],
    ["2026-09-02", 3, false],
    ["0001-01-01", 1, false], // proleptic Gregorian: a Monday
  ])("%s is ISO weekday %i (weekend: %s)", (day, weekday, weekend) => {
    expect(weekdayOf(day)).toBe(weekday);
    expect(isWeekend(day)).toBe(weekend);
  });

  it("rolls months and days over, as period ends need (month 13 is January next year)", () => {
    expect(dayOf(2021, 13, 1)).toBe("2022-01-01");
    expect(dayOf(2021, 3, 0)).toBe("2021-02-28");
    expect(dayOf(50, 1, 1)).toBe("0050-01-01");
  });

  it("orders days as the calendar does", () => {
    expect(["2024-10-01", "2024-09-30", "2024-09-30", "0999-12-31"].sort(compareCodeUnits)).toEqual(["0999-12-31", "2024-09-30", "2024-09-30", "2024-10-01"]);
  });

  it("writes dates the Vietnamese way, without leading zeros", () => {
    expect(vietnameseDate("2021-03-05")).toBe("5/3/2021");
  });

});
