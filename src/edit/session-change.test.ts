import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import type { Session } from "../plan/types.gen.js";
import { sessionChange, type SessionAction } from "./session-change.js";

const where = { file: "p.yaml", id: "s" };
const session = (fields: Partial<Session>): Session => ({ id: "s", theme: "Chủ đề", ...fields }) as Session;
const on = "2021-04-01";

describe("sessionChange", () => {
  it.each<[string, Partial<Session>, SessionAction, unknown]>([
    ["a first date", {}, { kind: "date", date: "2021-04-20" }, { event: { on, change: "scheduled", to: "2021-04-20" }, remove: [] }],
    ["a date away from the exact planned date", { planned: { date: "2021-04-18" } }, { kind: "date", date: "2021-04-20" }, { event: { on, change: "moved", from: "2021-04-18", to: "2021-04-20" } }],
    ["the exact planned date itself", { planned: { date: "2021-04-20" } }, { kind: "date", date: "2021-04-20" }, { event: { on, change: "scheduled", to: "2021-04-20" } }],
    ["one of the planned alternatives", { planned: { alternatives: ["2021-04-20", "2021-04-22"] } }, { kind: "date", date: "2021-04-22" }, { event: { change: "scheduled" } }],
    ["another date", { status: "scheduled", scheduled: { date: "2021-04-20" } }, { kind: "date", date: "2021-04-22" }, { event: { change: "moved", from: "2021-04-20", to: "2021-04-22" } }],
    ["a date after a postponement", { status: "postponed", postponedTo: { quarter: "2021-Q4" }, reason: "Mưa lũ" }, { kind: "date", date: "2021-10-15" }, { remove: [["postponedTo"], ["reason"]], event: { change: "scheduled" } }],
    ["a new time on the same date", { status: "scheduled", scheduled: { date: "2021-04-20", time: "08:00" } }, { kind: "date", date: "2021-04-20", time: "14:00" }, { set: [[["scheduled", "date"], "2021-04-20"], [["status"], "scheduled"], [["scheduled", "time"], "14:00"]] }],
    ["held after a postponement", { status: "postponed", postponedTo: { month: "2021-10" }, reason: "Mưa lũ" }, { kind: "held", on: "2021-10-05" }, { remove: [["postponedTo"], ["reason"]], event: { on, change: "held" } }],
    ["another held date", { status: "held", heldOn: "2021-04-21" }, { kind: "held", on: "2021-04-20" }, { set: [[["heldOn"], "2021-04-20"]], remove: [], outcome: { kind: "held-corrected", from: "2021-04-21", to: "2021-04-20" } }],
    ["a postponement from a fixed date", { status: "scheduled", scheduled: { date: "2021-04-20" } }, { kind: "postpone", to: { quarter: "2021-Q3" }, reason: "Dịch bệnh" }, { event: { on, change: "postponed", from: "2021-04-20", reason: "Dịch bệnh" } }],
    ["a second postponement to another kind of period", { status: "postponed", postponedTo: { quarter: "2021-Q4" }, reason: "A" }, { kind: "postpone", to: { month: "2022-03" }, reason: "B" }, { remove: [["postponedTo", "quarter"]] }],
    ["a cancellation of a postponed session", { status: "postponed", postponedTo: { quarter: "2021-Q4" }, reason: "A" }, { kind: "cancel", reason: "B" }, { remove: [["postponedTo"]], event: { change: "cancelled", reason: "B" } }],
    ["taking back a mistaken held", { status: "held", heldOn: "2021-04-20", scheduled: { date: "2021-04-20" }, history: [{ on: "2021-04-01", change: "scheduled", to: "2021-04-20" }, { on: "2021-04-20", change: "held" }] }, { kind: "undo-held" }, { set: [[["status"], "scheduled"]], remove: [["heldOn"]], dropEvent: 1 }],
    ["taking back the only history entry", { status: "held", heldOn: "2021-04-20", history: [{ on: "2021-04-20", change: "held" }] }, { kind: "undo-held" }, { set: [[["status"], "planned"]], remove: [["heldOn"], ["history"]], dropEvent: undefined }],
  ])("%s", (_, fields, action, expected) => {
    expect(sessionChange(session(fields), action, on, where)).toMatchObject(expected as object);
  });

  it.each<[string, Partial<Session>, SessionAction]>([
    ["the same date", { status: "scheduled", scheduled: { date: "2021-04-20", time: "08:00" } }, { kind: "date", date: "2021-04-20" }],
    ["the same held date", { status: "held", heldOn: "2021-04-20" }, { kind: "held", on: "2021-04-20" }],
    ["the same postponement", { status: "postponed", postponedTo: { quarter: "2021-Q4" }, reason: "A" }, { kind: "postpone", to: { quarter: "2021-Q4" }, reason: "A" }],
    ["the same cancellation", { status: "cancelled", reason: "A" }, { kind: "cancel", reason: "A" }],
    ["taking back a held that is not recorded", { status: "scheduled", scheduled: { date: "2021-04-20" } }, { kind: "undo-held" }],
  ])("repeating %s changes nothing", (_, fields, action) => {
    expect(sessionChange(session(fields), action, on, where)).toBe("unchanged");
  });

  it.each<[string, Partial<Session>, SessionAction, string]>([
    ["a new date for a held session", { status: "held", heldOn: "2021-04-20" }, { kind: "date", date: "2021-04-27" }, "session-already-held"],
    ["postponing a held session", { status: "held", heldOn: "2021-04-20" }, { kind: "postpone", to: { month: "2021-05" }, reason: "A" }, "session-already-held"],
    ["taking back a held session with a record", { status: "held", heldOn: "2021-04-20", record: { opinions: [] } as unknown as Session["record"] }, { kind: "undo-held" }, "session-undo-has-record"],
  ])("refuses %s", (_, fields, action, key) => {
    expect(() => sessionChange(session(fields), action, on, where)).toThrow(expect.objectContaining({ key }) as UsageError);
  });
});
