import { describe, expect, it } from "vitest";
import { readMonth } from "./clerk-month.js";

describe("readMonth: a month as offices write it", () => {
  it.each([
    ["6/2025", "2025-06"],
    ["06/2025", "2025-06"],
    [" 12/2025 ", "2025-12"],
    ["2025-06", "2025-06"],
    ["13/2025", undefined],
    ["0/2025", undefined],
    ["2025-6", undefined],
    ["2025-q3", undefined],
    ["6/25", undefined],
  ])("%j → %j", (text, month) => expect(readMonth(text)).toBe(month));
});
