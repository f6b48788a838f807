import { describe, expect, it } from "vitest";
import type { Plan, Session } from "../plan/types.gen.js";
import { comingSessions } from "./coming-sessions.js";

const plan = (sessions: Partial<Session>[], year = 2026) =>
  ({ year, sessions: sessions.map((s, i) => ({ id: `s${i + 1}`, theme: `Chủ đề ${i + 1}`, ...s })) }) as unknown as Plan;
const coming = (sessions: Partial<Session>[], asOf: string, year?: number) =>
  comingSessions([{ file: "kh.yaml", plan: plan(sessions, year) }], asOf).map((s) => [s.id, s.when, s.postponed]);

describe("the sessions still to come, soonest first", () => {
  it("orders fixed days, months and quarters by their first possible day; sessions without a date come last", () => {
    expect(
      coming(
        [
          {},
          { planned: { quarter: "2026-Q3" } },
          { status: "scheduled", scheduled: { date: "2026-05-20", time: "08:00" }, planned: { month: "2026-05" } },
          { planned: { month: "2026-04" } },
        ],
        "2026-04-10",
      ),
    ).toEqual([
      ["s4", { planned: { month: "2026-04" } }, false],
      ["s3", { day: "2026-05-20", time: "08:00" }, false],
      ["s2", { planned: { quarter: "2026-Q3" } }, false],
      ["s1", undefined, false],
    ]);
  });

  it("leaves out what is held, cancelled, or over; a postponed session shows where it was put off to", () => {
    expect(
      coming(
        [
          { status: "held", heldOn: "2026-04-02" },
          { status: "cancelled", reason: "x" },
          { planned: { month: "2026-03" } },
          { status: "postponed", postponedTo: { quarter: "2026-Q4" }, reason: "mưa lũ" },
          { planned: { date: "2026-04-10" } },
        ],
        "2026-04-10",
      ),
    ).toEqual([
      ["s5", { day: "2026-04-10", time: undefined }, false],
      ["s4", { planned: { quarter: "2026-Q4" } }, true],
    ]);
  });

  it("a plan of a past year without dates has nothing coming", () => {
    expect(coming([{}], "2026-04-10", 2025)).toEqual([]);
  });

  it("a recurring session shows its next occurrence only, by the rule of its month", () => {
    // The reception moves from the 15th to the 20th in July (15/6/2025, a Sunday, went to Monday
    // 16/6); 20/7 and 20/9/2025 fall on a Sunday and a Saturday: held the working day before.
    const recurring: Partial<Session> = {
      id: "tiep-dan",
      recurrence: [
        { from: "2025-01", day: 15 },
        { from: "2025-07", day: 20, whenOff: "previous" },
      ],
    };
    const next = (asOf: string) => comingSessions([{ file: "kh.yaml", plan: plan([recurring, { planned: { month: "2025-12" } }], 2025) }], asOf).map((s) => [s.id, s.series, s.when]);
    expect(next("2025-06-17")).toEqual([
      ["tiep-dan-2025-07", "tiep-dan", { day: "2025-07-18", time: undefined }],
      ["s2", undefined, { planned: { month: "2025-12" } }],
    ]);
    expect(next("2025-09-01")).toEqual([
      ["tiep-dan-2025-09", "tiep-dan", { day: "2025-09-19", time: undefined }],
      ["s2", undefined, { planned: { month: "2025-12" } }],
    ]);
    expect(next("2025-12-20")).toEqual([["s2", undefined, { planned: { month: "2025-12" } }]]);
    // Asked for one: the series gives its next occurrence; an occurrence, itself however far ahead.
    const asked = (only: string) => comingSessions([{ file: "kh.yaml", plan: plan([recurring, { planned: { month: "2025-12" } }], 2025) }], "2025-06-17", only).map((s) => [s.id, s.when]);
    expect(asked("tiep-dan")).toEqual([["tiep-dan-2025-07", { day: "2025-07-18", time: undefined }]]);
    expect(asked("tiep-dan-2025-10")).toEqual([["tiep-dan-2025-10", { day: "2025-10-20", time: undefined }]]);
    expect(asked("s2")).toEqual([["s2", { planned: { month: "2025-12" } }]]);
    expect(asked("tiep-dan-2025-05")).toEqual([]);
  });
});
