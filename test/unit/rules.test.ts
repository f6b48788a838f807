import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkText } from "../../src/pipeline/check.js";

/** A small valid plan; each case changes one thing. */
const base = () => ({
  year: 2021,
  issuer: { name: "TỈNH ỦY THỬ NGHIỆM", code: "TU" },
  place: "Thử Nghiệm",
  summary: "tổ chức đối thoại năm 2021",
  sessions: [{ id: "s1", theme: "Chủ đề một", planned: { month: "2021-04" } }],
  units: [
    { id: "u1", name: "Ban Dân vận Tỉnh ủy" },
    { id: "u2", name: "Văn phòng Tỉnh ủy" },
  ],
  implementation: [
    {
      units: ["u1"],
      tasks: [
        { id: "t1", text: "Gửi báo cáo chậm nhất trong ngày 31/3/2021.", coordinating: ["u2"], deadline: { on: "2021-03-31" } },
        { id: "t2", text: "Trình tài liệu.", deadline: { daysBefore: 10, session: "all" } },
      ],
    },
  ],
  recipients: ["Lưu Văn phòng Tỉnh ủy"],
  signature: { authority: { mode: "T/M", body: "BAN THƯỜNG VỤ" }, position: "BÍ THƯ", name: "Người Ký" },
});
type Plan = ReturnType<typeof base> & Record<string, unknown>;

const codesOf = (plan: unknown) => checkText("p.yaml", stringify(plan)).findings.map((f) => `${f.severity}:${f.code}`);

describe("plan rules", () => {
  it("accept the base plan", () => {
    expect(codesOf(base())).toEqual([]);
  });

  it.each<[string, (p: Plan) => void, string[]]>([
    ["duplicate session id", (p) => p.sessions.push({ id: "s1", theme: "Khác", planned: { month: "2021-05" } }), ["error:duplicate-id"]],
    ["unknown coordinating unit", (p) => (p.implementation[0].tasks[0].coordinating = ["u22"]), ["error:unknown-unit"]],
    ["unknown deadline session", (p) => (p.implementation[0].tasks[1].deadline = { daysBefore: 10, session: "s9" }), ["error:unknown-session"]],
    ["two planned times", (p) => Object.assign(p.sessions[0].planned, { quarter: "2021-Q2" }), ["error:planned-time-shape"]],
    ["a time without a date", (p) => Object.assign(p.sessions[0].planned, { time: "08:00" }), ["error:planned-time-orphan"]],
    ["two deadline kinds", (p) => Object.assign(p.implementation[0].tasks[0].deadline, { before: "2021-04-01" }), ["error:deadline-shape"]],
    ["relative deadline without session", (p) => (p.implementation[0].tasks[1].deadline = { daysBefore: 3 } as never), ["error:deadline-needs-session"]],
    ["held without date", (p) => Object.assign(p.sessions[0], { status: "held" }), ["error:session-held-without-date"]],
    ["heldOn while planned", (p) => Object.assign(p.sessions[0], { heldOn: "2021-04-20" }), ["error:session-date-without-held"]],
    ["postponed without reason or target", (p) => Object.assign(p.sessions[0], { status: "postponed" }), ["error:session-needs-reason", "error:session-postponed-without-target"]],
    ["done without date", (p) => Object.assign(p.implementation[0].tasks[0], { status: "done" }), ["error:task-done-without-date"]],
    ["completion date while open", (p) => Object.assign(p.implementation[0].tasks[0], { completedOn: "2021-03-30" }), ["error:task-date-without-done"]],
    ["status on a per-session task", (p) => Object.assign(p.implementation[0].tasks[1], { status: "open" }), ["error:task-status-for-each-session"]],
    ["tracked task without id", (p) => delete (p.implementation[0].tasks[0] as { id?: string }).id, ["error:task-needs-id"]],
    ["date two years off", (p) => (p.sessions[0].planned = { month: "2023-04" }), ["warning:date-far-from-year"]],
    ["date in another decade", (p) => (p.implementation[0].tasks[0].deadline = { on: "2012-03-31" }), ["error:date-too-far-from-year", "warning:deadline-text-mismatch"]],
    ["year 9999", (p) => (p.sessions[0].planned = { date: "9999-12-20" } as never), ["error:date-too-far-from-year"]],
    ["a cited document of long ago", (p) => Object.assign(p, { references: [{ kind: "QĐi", number: 11, date: "2019-02-18" }], continues: { kind: "KH", number: 7, date: "2012-02-05" } }), []],
    ["deadline before the plan's year", (p) => (p.implementation[0].tasks[0].deadline = { before: "2020-12-20" } as never), ["warning:deadline-before-year", "warning:deadline-text-mismatch"]],
    ["recipient with punctuation", (p) => (p.recipients = ["Lưu Văn phòng Tỉnh ủy."]), ["warning:recipient-punctuation"]],
    ["unclosed italic", (p) => (p.sessions[0].theme = "*Chủ đề một"), ["warning:unbalanced-emphasis"]],
    ["unit nobody uses", (p) => p.units.push({ id: "u3", name: "Công an tỉnh" }), ["warning:unused-unit"]],
    ["impossible date", (p) => (p.implementation[0].tasks[0].deadline = { on: "2021-02-29" }), ["error:schema-date"]],
    ["a venue not known yet", (p) => Object.assign(p.sessions[0], { venue: "unknown" }), ["warning:value-unknown"]],
    ["a signer not known yet", (p) => (p.signature.name = "unknown"), ["warning:value-unknown"]],
    ["a chair by role, a collective chair, a successor", (p) => Object.assign(p.sessions[0], { chairs: [{ title: "Bí thư Tỉnh ủy", successors: [{ from: "2021-07-01", name: "B" }] }, { body: "Thường trực Tỉnh ủy" }] }), []],
    ["a chair both a person and a body", (p) => Object.assign(p.sessions[0], { chairs: [{ name: "A", body: "Thường trực Tỉnh ủy" }] }), ["error:chair-shape"]],
    ["an empty chair", (p) => Object.assign(p.sessions[0], { chairs: [{}] }), ["error:chair-shape"]],
    ["inexact numbers", (p) => Object.assign(p.sessions[0], { attendance: { qualifier: "thousands", delegates: { count: 50 }, parts: [{ label: "phần một", count: 150, qualifier: "over" }] } }), []],
    ["a number without a count", (p) => Object.assign(p.sessions[0], { attendance: { qualifier: "over" } }), ["error:headcount-needs-count"]],
    ["a count neither a number nor unknown", (p) => Object.assign(p.sessions[0], { attendance: { count: "nhiều" } }), ["error:schema-type"]],
    ["a recurring session with a per-occurrence task", (p) => { Object.assign(p.sessions[0], { planned: undefined, recurrence: [{ from: "2021-01", day: 15 }, { from: "2021-07", day: 20, whenOff: "previous" }] }); p.implementation[0].tasks[1].deadline = { daysBefore: 3, session: "s1" } as never; Object.assign(p.implementation[0].tasks[1], { bySession: { "s1-2021-02": { status: "done", completedOn: "2021-02-10" } } }); }, []],
    ["a record's written answer by an unknown unit", (p) => Object.assign(p.sessions[0], { status: "held", heldOn: "2021-04-20", record: { conclusions: [{ kind: "written-answer", text: "Trả lời sau.", by: "u9" }] } }), ["error:unknown-unit"]],
    ["a conclusion of an unknown kind", (p) => Object.assign(p.sessions[0], { status: "held", heldOn: "2021-04-20", record: { conclusions: [{ kind: "praise", text: "x" }] } }), ["error:schema-enum"]],
    // the kinds of deadline (src/tracking/deadline-kinds.ts), checked by one rule for tasks and conclusions
    ["a reply within 10 working days of receipt, 15 when complex", (p) => (p.implementation[0].tasks[0].deadline = { afterReceipt: 10, upTo: 15, receivedOn: "2021-03-02", complex: true } as never), []],
    ["a ceiling below the ordinary count", (p) => (p.implementation[0].tasks[0].deadline = { afterReceipt: 10, upTo: 5 } as never), ["error:deadline-ceiling"]],
    ["a complex case without a ceiling", (p) => (p.implementation[0].tasks[0].deadline = { afterReceipt: 10, complex: true } as never), ["error:deadline-needs-field"]],
    ["a monthly deadline with its periods' progress", (p) => Object.assign(p.implementation[0].tasks[0], { deadline: { every: "month", day: 5 }, byPeriod: { "2021-01": { status: "done", completedOn: "2021-01-04" } } }), []],
    ["a periodic deadline without its day", (p) => (p.implementation[0].tasks[0].deadline = { every: "quarter" } as never), ["error:deadline-needs-field"]],
    ["progress per period without a periodic deadline", (p) => Object.assign(p.implementation[0].tasks[0], { byPeriod: { "2021-01": { status: "open" } } }), ["error:deadline-field-orphan"]],
    ["a session with a fixed day", (p) => (p.implementation[0].tasks[0].deadline = { on: "2021-03-31", session: "s1" } as never), ["error:deadline-field-orphan"]],
    ["a roadmap", (p) => (p.implementation[0].tasks[0].deadline = { stages: [{ id: "a", text: "Khảo sát", on: "2021-06-30" }, { id: "b", text: "Hoàn thành", before: "2021-12-31", status: "open" }] } as never), []],
    ["a roadmap stage in the year before the plan's", (p) => (p.implementation[0].tasks[0].deadline = { stages: [{ id: "a", text: "Khảo sát", on: "2020-06-30" }, { id: "b", text: "Hoàn thành", on: "2021-12-31" }] } as never), ["warning:deadline-before-year"]],
    ["a roadmap stage with two days, another with a used id", (p) => (p.implementation[0].tasks[0].deadline = { stages: [{ id: "a", text: "Khảo sát", on: "2021-06-30", before: "2021-07-01" }, { id: "a", text: "Hoàn thành", on: "2021-12-31" }] } as never), ["error:deadline-shape", "error:duplicate-stage-id"]],
    ["a periodic deadline in a conclusion", (p) => Object.assign(p.sessions[0], { status: "held", heldOn: "2021-04-20", record: { assignments: [{ id: "k1", lead: "u1", text: "Báo cáo.", deadline: { every: "month", day: 5 } }] } }), ["error:deadline-shape", "error:schema-unknown-field", "error:schema-unknown-field"]],
    ["a conclusion's two deadline forms (the same rule as a task's)", (p) => Object.assign(p.sessions[0], { status: "held", heldOn: "2021-04-20", record: { assignments: [{ id: "k1", lead: "u1", text: "Báo cáo.", deadline: { on: "2021-06-30", daysAfter: 30 } }] } }), ["error:deadline-shape"]],
    ["a periodic task's status written on the task", (p) => Object.assign(p.implementation[0].tasks[0], { deadline: { every: "month", day: 5 }, status: "done", completedOn: "2021-01-04" }), ["error:task-status-per-occurrence"]],
    ["a roadmap assignment's status written on the assignment", (p) => Object.assign(p.sessions[0], { status: "held", heldOn: "2021-04-20", record: { assignments: [{ id: "k1", lead: "u1", text: "Làm đường.", deadline: { stages: [{ id: "a", text: "Khảo sát", on: "2021-06-30" }] }, status: "in_progress" }] } }), ["error:task-status-per-occurrence"]],
    ["a conclusion's reply from the receipt", (p) => Object.assign(p.sessions[0], { status: "held", heldOn: "2021-04-20", record: { assignments: [{ id: "k1", lead: "u1", text: "Trả lời bằng văn bản.", deadline: { afterReceipt: 10, receivedOn: "2021-04-20" } }] } }), []],
    ["id with capitals", (p) => (p.units[0].id = "U1"), ["error:schema-pattern", "error:unknown-unit"]],
  ])("report %s", (_, change, expected) => {
    const plan = base() as Plan;
    change(plan);
    expect(codesOf(plan).sort()).toEqual(expected.sort());
  });

  it("place a missing required field at its parent", () => {
    const text = stringify(base()).replace("  code: TU\n", "");
    const [finding] = checkText("p.yaml", text).findings;
    expect(finding).toMatchObject({ code: "schema-required", line: 2, path: ["issuer"], params: { property: "code" } });
  });

  it("point an unknown field at its key and suggest the closest name", () => {
    const text = stringify(base()).replace("place:", "palce:");
    const [finding] = checkText("p.yaml", text).findings.filter((f) => f.code === "schema-unknown-field");
    expect(finding).toMatchObject({ line: 5, column: 1, params: { property: "palce", suggestion: "place" } });
  });
});
