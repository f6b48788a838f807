import { describe, expect, it } from "vitest";
import type { Progress } from "../plan/types.gen.js";
import type { Due } from "./deadline.js";
import { stateOf, type StateAt } from "./task-state.js";

const due = (day: string): Due => ({ kind: "fixed", day });
const open: Progress = {};
const doneOn = (completedOn: string): Progress => ({ status: "done", completedOn });

describe("a task's state on a day (due soon within 7 days)", () => {
  it.each<[string, Progress, Due, string, StateAt]>([
    ["open, far from its deadline", open, due("2021-03-31"), "2021-03-01", { state: "open", daysOverdue: 0 }],
    ["open, 7 days before: due soon", open, due("2021-03-31"), "2021-03-24", { state: "due_soon", daysOverdue: 0 }],
    ["open, 8 days before: still open", open, due("2021-03-31"), "2021-03-23", { state: "open", daysOverdue: 0 }],
    ["due 31/3, on 31/3: due soon, not overdue", open, due("2021-03-31"), "2021-03-31", { state: "due_soon", daysOverdue: 0 }],
    ["due 31/3, on 1/4: overdue by 1 day", open, due("2021-03-31"), "2021-04-01", { state: "overdue", daysOverdue: 1 }],
    ["in progress counts as open", { status: "in_progress" }, due("2021-03-31"), "2021-04-11", { state: "overdue", daysOverdue: 11 }],
    ["done on the day", doneOn("2021-03-31"), due("2021-03-31"), "2021-04-10", { state: "done_on_time", daysOverdue: 0 }],
    ["done 2 days late", doneOn("2021-04-02"), due("2021-03-31"), "2021-04-10", { state: "done_late", daysOverdue: 2 }],
    ["done after the day asked: not done yet then", doneOn("2021-04-02"), due("2021-03-31"), "2021-04-01", { state: "overdue", daysOverdue: 1 }],
    ["cancelled", { status: "cancelled" }, due("2021-03-31"), "2021-04-10", { state: "cancelled", daysOverdue: 0 }],
    ["of a cancelled session", open, { kind: "cancelled" }, "2021-04-10", { state: "cancelled", daysOverdue: 0 }],
    ["waiting for a session's date", open, { kind: "awaiting", awaits: "session", earliest: "2021-03-22" }, "2021-04-10", { state: "awaiting_schedule", daysOverdue: 0 }],
    ["done while waiting for the date", doneOn("2021-03-20"), { kind: "awaiting", awaits: "session", earliest: undefined }, "2021-04-10", { state: "done_on_time", daysOverdue: 0 }],
    ["without a deadline", open, { kind: "none" }, "2021-04-10", { state: "open", daysOverdue: 0 }],
  ])("%s", (_, progress, deadline, asOf, expected) => {
    expect(stateOf(progress, deadline, asOf, 7)).toEqual(expected);
  });
});
