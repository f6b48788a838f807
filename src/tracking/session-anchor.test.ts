import { describe, expect, it } from "vitest";
import type { PlannedTime, Session } from "../plan/types.gen.js";
import { anchorOf, earliestDay, type Anchor } from "./session-anchor.js";

const session = (fields: Partial<Session>): Session => ({ id: "s", theme: "Chủ đề", ...fields });
const fixed = (day: string): Anchor => ({ kind: "fixed", day });
const pending = (earliest?: string): Anchor => ({ kind: "pending", earliest });

describe("the first day a planned time could be", () => {
  it.each<[PlannedTime, string | undefined]>([
    [{ date: "2024-04-18" }, "2024-04-18"],
    [{ month: "2024-04" }, "2024-04-01"],
    [{ month: "2024-04", part: "mid" }, "2024-04-11"],
    [{ month: "2024-04", part: "late" }, "2024-04-21"],
    [{ quarter: "2024-Q3" }, "2024-07-01"],
    [{ alternatives: ["2024-11-21", "2024-11-14"] }, "2024-11-14"],
    [{}, undefined],
  ])("%j → %s", (planned, day) => {
    expect(earliestDay(planned)).toBe(day);
  });
});

describe("the day a session is held, from its fields", () => {
  it.each<[string, Partial<Session>, Anchor]>([
    ["planned for a month", { planned: { month: "2024-04", part: "mid" } }, pending("2024-04-11")],
    ["planned for an exact day", { planned: { date: "2024-04-18" } }, fixed("2024-04-18")],
    ["planned with no time", {}, pending(undefined)],
    ["scheduled", { status: "scheduled", planned: { month: "2024-04" }, scheduled: { date: "2024-04-18" } }, fixed("2024-04-18")],
    ["held on another day than scheduled", { status: "held", scheduled: { date: "2024-04-18" }, heldOn: "2024-04-23" }, fixed("2024-04-23")],
    ["postponed to a quarter", { status: "postponed", planned: { quarter: "2024-Q3" }, postponedTo: { quarter: "2024-Q4" }, reason: "Mưa lũ." }, pending("2024-10-01")],
    ["postponed to a day", { status: "postponed", postponedTo: { date: "2024-12-05" }, reason: "Trùng lịch." }, fixed("2024-12-05")],
    ["cancelled", { status: "cancelled", scheduled: { date: "2024-04-18" }, reason: "Không còn cần thiết." }, { kind: "cancelled" }],
  ])("%s", (_, fields, expected) => {
    expect(anchorOf(session(fields))).toEqual(expected);
    expect(anchorOf(session(fields), "2024-01-01")).toEqual(expected); // without history, the fields hold on every day
  });
});

describe("the day a session is held, as known on a day (its history)", () => {
  // The fictional 2024 example: planned mid-April, fixed on 1/4 for 18/4, moved on 10/4 to 23/4, held then.
  const datDai = session({
    planned: { month: "2024-04", part: "mid" },
    status: "held",
    scheduled: { date: "2024-04-23" },
    heldOn: "2024-04-23",
    history: [
      { on: "2024-04-01", change: "scheduled", to: "2024-04-18" },
      { on: "2024-04-10", change: "moved", from: "2024-04-18", to: "2024-04-23" },
      { on: "2024-04-23", change: "held" },
    ],
  });

  it.each<[string | undefined, Anchor]>([
    ["2024-03-20", pending("2024-04-11")],
    ["2024-03-31", pending("2024-04-11")],
    ["2024-04-01", fixed("2024-04-18")],
    ["2024-04-09", fixed("2024-04-18")],
    ["2024-04-10", fixed("2024-04-23")],
    ["2024-09-10", fixed("2024-04-23")],
    [undefined, fixed("2024-04-23")],
  ])("on %s", (asOf, expected) => {
    expect(anchorOf(datDai, asOf)).toEqual(expected);
  });

  it.each<[string, Anchor]>([
    ["2024-05-31", fixed("2024-06-20")],
    ["2024-06-10", pending("2024-10-01")],
    ["2024-07-01", { kind: "cancelled" }],
  ])("a session scheduled, postponed, then cancelled: on %s", (asOf, expected) => {
    const s = session({
      planned: { quarter: "2024-Q2" },
      status: "cancelled",
      postponedTo: { quarter: "2024-Q4" },
      reason: "Không còn cần thiết.",
      history: [
        { on: "2024-05-02", change: "scheduled", to: "2024-06-20" },
        { on: "2024-06-10", change: "postponed", reason: "Mưa lũ." },
        { on: "2024-07-01", change: "cancelled", reason: "Không còn cần thiết." },
      ],
    });
    expect(anchorOf(s, asOf)).toEqual(expected);
  });
});
