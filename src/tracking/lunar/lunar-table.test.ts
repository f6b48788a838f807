import { describe, expect, it } from "vitest";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, YearOutsideCalendar } from "../supported-years.js";
import { computeLunarYears } from "./compute-lunar-years.js";
import { lunarYear, solarDateOfLunar } from "./lunar-calendar.js";
import { decodeLunarYear, encodeLunarYear } from "./lunar-year.js";

describe("the lunar calendar table", () => {
  it("is what the astronomy computes, for every year of the table (regenerate: node scripts/gen-lunar-table.mjs)", () => {
    const computed = computeLunarYears(FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR);
    expect(computed).toHaveLength(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1);
    for (const year of computed) expect(lunarYear(year.year), String(year.year)).toEqual(year);
  });

  it("holds whole years: 12 or 13 months of 29 or 30 days, each year ending where the next begins", () => {
    for (let year = FIRST_SUPPORTED_YEAR; year < LAST_SUPPORTED_YEAR; year++) {
      const { newYear, leapMonth, monthLengths } = lunarYear(year);
      expect(monthLengths).toHaveLength(leapMonth ? 13 : 12);
      expect(monthLengths.every((days) => days === 29 || days === 30)).toBe(true);
      expect(newYear >= `${year}-01-21` && newYear <= `${year}-02-20`, `Tết ${year}: ${newYear}`).toBe(true);
      const length = monthLengths.reduce((a, b) => a + b, 0);
      expect(solarDateOfLunar(year + 1, 1, 1)).toBe(new Date(Date.parse(newYear) + length * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it("packs and unpacks a year without loss", () => {
    const year = { year: 2025, newYear: "2025-01-29", leapMonth: 6, monthLengths: [30, 29, 30, 29, 29, 30, 29, 30, 29, 30, 30, 30, 29] };
    expect(decodeLunarYear(2025, encodeLunarYear(year))).toEqual(year);
  });
});

describe("Vietnamese lunar dates", () => {
  it.each([
    [1968, "1968-01-29"], // China: 30/1 (UTC+8)
    [1985, "1985-01-21"], // China: 20/2
    [2007, "2007-02-17"], // China: 18/2
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2028, "2028-01-26"],
    [2029, "2029-02-13"],
    [2030, "2030-02-02"], // new moon at 23:07 in Việt Nam; China (UTC+8): 3/2
  ])("Tết %i is %s", (year, day) => {
    expect(solarDateOfLunar(year, 1, 1)).toBe(day);
  });

  it.each([
    [2021, "2021-04-21"],
    [2022, "2022-04-10"],
    [2023, "2023-04-29"], // after leap month 2
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("Giỗ Tổ Hùng Vương (10/3) %i is %s", (year, day) => {
    expect(solarDateOfLunar(year, 3, 10)).toBe(day);
  });

  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2024, 0],
  ])("the leap month of %i is %i", (year, leap) => {
    expect(lunarYear(year).leapMonth).toBe(leap);
  });

  it.each([1899, 2200, 0, 9999, 2024.5])("refuses the year %s with a typed error, never a wrong date", (year) => {
    expect(() => solarDateOfLunar(year, 1, 1)).toThrow(YearOutsideCalendar);
  });
});
