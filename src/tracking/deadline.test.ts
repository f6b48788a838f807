import { describe, expect, it } from "vitest";
import type { AssignmentDeadline, Deadline, Session } from "../plan/types.gen.js";
import { conclusionDueDay, dueDay, type Due } from "./deadline.js";
import { WorkCalendar } from "./work-calendar.js";

const calendar = new WorkCalendar();
const scheduled = (date: string): Session => ({ id: "s", theme: "Chủ đề", status: "scheduled", scheduled: { date } });
const planned: Session = { id: "s", theme: "Chủ đề", planned: { month: "2024-04", part: "mid" } };
const cancelled: Session = { id: "s", theme: "Chủ đề", status: "cancelled", reason: "Không còn cần thiết." };
const fixed = (day: string): Due => ({ kind: "fixed", day });

describe("the last day of a plan task", () => {
  it.each<[string, Deadline | undefined, Session | undefined, Due]>([
    ["no deadline", undefined, undefined, { kind: "none" }],
    ["chậm nhất trong ngày 31/3: that day", { on: "2024-03-31" }, undefined, fixed("2024-03-31")],
    ["trước ngày 31/5: the day before", { before: "2024-05-31" }, undefined, fixed("2024-05-30")],
    ["trước ngày 1/3/2024: 29/2 (a leap year)", { before: "2024-03-01" }, undefined, fixed("2024-02-29")],
    ["10 days before the session", { daysBefore: 10, session: "s" }, scheduled("2024-04-23"), fixed("2024-04-13")],
    ["7 days after the session", { daysAfter: 7, session: "s" }, scheduled("2024-04-23"), fixed("2024-04-30")],
    ["5 working days before, over Giỗ Tổ 18/4", { daysBefore: 5, workingDays: true, session: "s" }, scheduled("2024-04-23"), fixed("2024-04-15")],
    ["7 working days after, over 29/4–1/5 with Saturday 4/5 worked", { daysAfter: 7, workingDays: true, session: "s" }, scheduled("2024-04-23"), fixed("2024-05-06")],
    ["5 working days before 20/2/2024, over Tết (8/2–14/2 closed)", { daysBefore: 5, workingDays: true, session: "s" }, scheduled("2024-02-20"), fixed("2024-02-06")],
    ["5 working days after 6/2/2024", { daysAfter: 5, workingDays: true, session: "s" }, scheduled("2024-02-06"), fixed("2024-02-20")],
    ["relative to a session not dated yet: the earliest day", { daysBefore: 5, workingDays: true, session: "s" }, planned, { kind: "awaiting", awaits: "session", earliest: "2024-04-04" }],
    ["relative to a cancelled session", { daysAfter: 7, session: "s" }, cancelled, { kind: "cancelled" }],
    ["relative to a session the plan does not have", { daysAfter: 7, session: "x" }, undefined, { kind: "none" }],
  ])("%s", (_, deadline, session, expected) => {
    expect(dueDay(deadline, session, calendar)).toEqual(expected);
  });

  it("follows the session's date known on the day asked (history)", () => {
    const session: Session = {
      ...planned,
      status: "held",
      scheduled: { date: "2024-04-23" },
      heldOn: "2024-04-23",
      history: [
        { on: "2024-04-01", change: "scheduled", to: "2024-04-18" },
        { on: "2024-04-10", change: "moved", from: "2024-04-18", to: "2024-04-23" },
      ],
    };
    const deadline: Deadline = { daysBefore: 5, workingDays: true, session: "s" };
    expect(dueDay(deadline, session, calendar, "2024-03-20")).toEqual({ kind: "awaiting", awaits: "session", earliest: "2024-04-04" });
    expect(dueDay(deadline, session, calendar, "2024-04-05")).toEqual(fixed("2024-04-11"));
    expect(dueDay(deadline, session, calendar, "2024-04-15")).toEqual(fixed("2024-04-15"));
  });
});

describe("the last day of a conclusion's assignment", () => {
  const held: Session = { id: "s", theme: "Chủ đề", status: "held", heldOn: "2024-04-23", record: { notice: { number: 215, date: "2024-05-08" } } as Session["record"] };
  const undated: Session = { ...held, record: {} as Session["record"] };

  it.each<[string, AssignmentDeadline, Session, string | undefined, Due]>([
    ["chậm nhất trong ngày", { on: "2024-12-31" }, held, undefined, fixed("2024-12-31")],
    ["trước ngày 30/6", { before: "2024-06-30" }, held, undefined, fixed("2024-06-29")],
    ["60 days after the notice of 8/5", { daysAfter: 60 }, held, undefined, fixed("2024-07-07")],
    ["30 working days after the notice", { daysAfter: 30, workingDays: true }, held, undefined, fixed("2024-06-19")],
    ["a notice not dated yet: from the session's day at the earliest", { daysAfter: 60 }, undated, undefined, { kind: "awaiting", awaits: "conclusions", earliest: "2024-06-22" }],
    ["a notice dated after the day asked is not issued yet", { daysAfter: 60 }, held, "2024-05-07", { kind: "awaiting", awaits: "conclusions", earliest: "2024-06-22" }],
    ["the day the notice is dated, it counts", { daysAfter: 60 }, held, "2024-05-08", fixed("2024-07-07")],
  ])("%s", (_, deadline, session, asOf, expected) => {
    expect(conclusionDueDay(deadline, session, calendar, asOf)).toEqual(expected);
  });
});
