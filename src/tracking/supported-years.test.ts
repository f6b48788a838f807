import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import { translator } from "../i18n/translate.js";
import { isSupportedYear, YearOutsideCalendar } from "./supported-years.js";

describe("the years dialogue counts days in", () => {
  it.each([
    [1899, false],
    [1900, true],
    [2199, true],
    [2200, false],
    [0, false],
  ])("%i supported: %s", (year, supported) => {
    expect(isSupportedYear(year)).toBe(supported);
  });

  it("a year outside them is a user's mistake the commands report in one line (exit 2)", () => {
    const error = new YearOutsideCalendar(2300);
    expect(error).toBeInstanceOf(UsageError);
    expect(translator("vi")(error.key, error.params)).toBe(
      'có ngày thuộc năm 2300, ngoài các năm dialogue tính được ngày làm việc (1900–2199); hãy kiểm tra lại năm của các ngày trong kế hoạch bằng "dialogue validate".',
    );
    expect(translator("en")(error.key, error.params)).not.toContain("\n");
  });
});
