import { describe, expect, it } from "vitest";
import { zipTime } from "./docx-package.js";

describe("the zip entries' time", () => {
  it.each([
    ["2021-03-15", [2021, 2, 15, 12]],
    ["2024-02-29", [2024, 1, 29, 12]],
    ["1975-04-30", [1980, 3, 30, 12]],
    ["2150-01-01", [2099, 0, 1, 12]],
  ])("%s is written as the local fields %j (DOS times have no zone, and cover 1980–2099)", (date, [y, m, d, h]) => {
    const t = zipTime(date);
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes()]).toEqual([y, m, d, h, 0]);
  });
});
