import { describe, expect, it } from "vitest";
import { labourCodeDaysOff, statutoryHolidays } from "./holidays.js";

const days = (year: number) => statutoryHolidays(year).map((h) => `${h.day.slice(5)} ${h.name}`);

describe("public holidays of the Labour Code in force each year", () => {
  it.each([
    // 1994 code before 2007: Tết 4 days, no Giỗ Tổ, 2/9 alone
    [2006, ["01-01 Tết Dương lịch", "01-28 Tết Nguyên đán", "01-29 Tết Nguyên đán", "01-30 Tết Nguyên đán", "01-31 Tết Nguyên đán", "04-30 Ngày Chiến thắng", "05-01 Ngày Quốc tế Lao động", "09-02 Quốc khánh"]],
    // Giỗ Tổ from 2007
    [2007, ["01-01 Tết Dương lịch", "02-16 Tết Nguyên đán", "02-17 Tết Nguyên đán", "02-18 Tết Nguyên đán", "02-19 Tết Nguyên đán", "04-26 Giỗ Tổ Hùng Vương", "04-30 Ngày Chiến thắng", "05-01 Ngày Quốc tế Lao động", "09-02 Quốc khánh"]],
    // 2012 code (from 1/5/2013): Tết 5 days from Tết 2014
    [2014, ["01-01 Tết Dương lịch", "01-30 Tết Nguyên đán", "01-31 Tết Nguyên đán", "02-01 Tết Nguyên đán", "02-02 Tết Nguyên đán", "02-03 Tết Nguyên đán", "04-09 Giỗ Tổ Hùng Vương", "04-30 Ngày Chiến thắng", "05-01 Ngày Quốc tế Lao động", "09-02 Quốc khánh"]],
    // 2019 code (from 2021): 2/9 and a neighbour
    [2027, ["01-01 Tết Dương lịch", "02-05 Tết Nguyên đán", "02-06 Tết Nguyên đán", "02-07 Tết Nguyên đán", "02-08 Tết Nguyên đán", "02-09 Tết Nguyên đán", "04-16 Giỗ Tổ Hùng Vương", "04-30 Ngày Chiến thắng", "05-01 Ngày Quốc tế Lao động", "09-02 Quốc khánh", "09-03 Quốc khánh"]],
  ])("%i", (year, expected) => {
    expect(days(year)).toEqual(expected);
  });

  it.each([
    [2021, "09-03"], // Thursday: Friday
    [2022, "09-01"], // Friday: Thursday
    [2023, "09-01"], // Saturday: Friday
    [2024, "09-03"], // Monday: Tuesday
    [2025, "09-01"], // Tuesday: Monday
    [2026, "09-01"], // Wednesday: Tuesday
    [2029, "09-03"], // Sunday: Monday
  ])("the neighbour of 2/9 in %i is %s when no official schedule says otherwise", (year, neighbour) => {
    expect(days(year)).toContain(`${neighbour} Quốc khánh`);
  });
});

describe("days in lieu by the Labour Code alone (Điều 111)", () => {
  const inLieu = (year: number) => [...labourCodeDaysOff(year)].filter(([, name]) => name.startsWith("Nghỉ bù")).map(([day, name]) => `${day.slice(5)} ${name}`).sort();

  it.each([
    // Tết on a Saturday takes the working day before the break, on a Sunday the one after it
    [2024, ["02-08 Nghỉ bù Tết Nguyên đán", "02-14 Nghỉ bù Tết Nguyên đán"]],
    [2023, ["01-02 Nghỉ bù Tết Dương lịch", "01-20 Nghỉ bù Tết Nguyên đán", "01-26 Nghỉ bù Tết Nguyên đán", "05-02 Nghỉ bù Giỗ Tổ Hùng Vương", "05-03 Nghỉ bù Ngày Chiến thắng", "09-04 Nghỉ bù Quốc khánh"]],
    // 2/9 on a Sunday: its neighbour is Monday 3/9, and the day in lieu Tuesday 4/9
    [2029, ["09-04 Nghỉ bù Quốc khánh"]],
    [2027, ["02-04 Nghỉ bù Tết Nguyên đán", "02-10 Nghỉ bù Tết Nguyên đán", "05-03 Nghỉ bù Ngày Quốc tế Lao động"]],
  ])("%i", (year, expected) => {
    expect(inLieu(year)).toEqual(expected);
  });
});
