import { describe, expect, it } from "vitest";
import { parsePeriod } from "./period.js";

describe("reporting periods of Kết luận 215-KL/TW", () => {
  it.each([
    ["2021-04", ["2021-04-01", "2021-04-30"]],
    ["2024-02", ["2024-02-01", "2024-02-29"]],
    ["q1", ["2024-01-01", "2024-03-31"]],
    ["Q4", ["2024-10-01", "2024-12-31"]],
    ["6m", ["2024-01-01", "2024-06-30"]],
    ["9m", ["2024-01-01", "2024-09-30"]],
    ["year", ["2024-01-01", "2024-12-31"]],
    ["2021-q3", ["2021-07-01", "2021-09-30"]],
    ["2021-6m", ["2021-01-01", "2021-06-30"]],
  ])("%s (as of 10/9/2024) is %j", (text, [from, to]) => {
    expect(parsePeriod(text, "2024-09-10")).toEqual({ from, to });
  });

  it.each(["2021-13", "q5", "half", "2021-", "21-q1", ""])("%j is not a period", (text) => {
    expect(parsePeriod(text, "2024-09-10")).toBeUndefined();
  });
});
