import { describe, expect, it } from "vitest";
import type { Plan, Session } from "../plan/types.gen.js";
import { expandedSessions, occurrenceDay, occurrenceMonths } from "./recurrence.js";
import { WorkCalendar } from "./work-calendar.js";

const session = (recurrence: Session["recurrence"]): Session => ({ id: "tiep-dan", theme: "Tiếp dân định kỳ", recurrence });
const days = (s: Session, year = 2025) => occurrenceMonths(s, year).map((o) => occurrenceDay(o, new WorkCalendar()));

describe("recurring sessions (#13.6)", () => {
  it("day 15 of each month, the next working day when it is off (15/2/2025 a Saturday → 17/2; 15/6 a Sunday → 16/6)", () => {
    const all = days(session([{ from: "2025-01", day: 15 }]));
    expect(all).toHaveLength(12);
    expect(all.slice(0, 6)).toEqual(["2025-01-15", "2025-02-17", "2025-03-17", "2025-04-15", "2025-05-15", "2025-06-16"]);
  });

  it("a rule changed mid-year: day 15 until June, then day 20 and the previous working day when off", () => {
    const all = days(session([{ from: "2025-01", day: 15 }, { from: "2025-07", day: 20, whenOff: "previous" }]));
    expect(all.slice(5, 8)).toEqual(["2025-06-16", "2025-07-18", "2025-08-20"]);
    expect(all).toHaveLength(12);
  });

  it("a day past the month's end is its last day; keep leaves a day off as it is; until ends the series", () => {
    expect(days(session([{ from: "2025-02", until: "2025-04", day: 31, whenOff: "keep" }]))).toEqual(["2025-02-28", "2025-03-31", "2025-04-30"]);
  });

  it("the official days off count: 30/4/2025 moves to 5/5 (1/5 and 2/5 off, then the weekend)", () => {
    expect(days(session([{ from: "2025-04", until: "2025-04", day: 30 }]))).toEqual(["2025-05-05"]);
  });

  it("expands into sessions planned on their day, with ids per month", () => {
    const plan = { year: 2025, sessions: [session([{ from: "2025-11", day: 15, time: "08:00" }])] } as unknown as Plan;
    expect(expandedSessions(plan, new WorkCalendar()).map((s) => [s.id, s.planned, s.series])).toEqual([
      ["tiep-dan-2025-11", { date: "2025-11-17", time: "08:00" }, "tiep-dan"],
      ["tiep-dan-2025-12", { date: "2025-12-15", time: "08:00" }, "tiep-dan"],
    ]);
  });
});
