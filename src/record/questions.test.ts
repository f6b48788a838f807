import { describe, expect, it } from "vitest";
import { readTime } from "../dates/clerk-time.js";
import { clerkDay, clerkDeadline } from "./questions.js";

describe("what a clerk types for a record", () => {
  it.each([
    ["8:00", "08:00"],
    ["08:00", "08:00"],
    [" 14:30 ", "14:30"],
    ["24:00", undefined],
    // The same forms as --time on the command line (src/dates/clerk-time.ts).
    ["8g", "08:00"],
    ["8h30", "08:30"],
    ["14 giờ 30", "14:30"],
    ["8:5", undefined],
    ["8:75", undefined],
  ])("time %j → %j", (text, time) => expect(readTime(text)).toBe(time));

  it.each([
    ["30/6/2026", "2026-06-30"],
    ["05/04/2026", "2026-04-05"],
    ["2026-06-30", "2026-06-30"],
    ["31/6/2026", undefined],
    ["29/2/2025", undefined],
    // The same forms as a day on the command line (src/dates/clerk-dates.ts).
    ["30-6-2026", "2026-06-30"],
    ["30.6.2026", "2026-06-30"],
    ["30/6/26", undefined],
  ])("day %j → %j", (text, day) => expect(clerkDay(text)).toBe(day));

  it.each([
    ["", undefined],
    ["30", { daysAfter: 30 }],
    ["0", false],
    ["30/6/2026", { on: "2026-06-30" }],
    ["trước 30/6/2026", { before: "2026-06-30" }],
    ["Trước 1/7/2026", { before: "2026-07-01" }],
    ["trước 31/6/2026", false],
    ["sau 30/6/2026", false],
  ])("deadline %j → %j", (text, deadline) => expect(clerkDeadline(text, "trước")).toEqual(deadline));
});
