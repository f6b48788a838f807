import { describe, expect, it } from "vitest";
import type { Plan, Task } from "../plan/types.gen.js";
import { statusReport } from "./report.js";

/** A plan whose tasks, all owned by units a and b, are given per case. */
const planOf = (tasks: Task[], units = ["a", "b"]): Plan =>
  ({
    year: 2024,
    issuer: { name: "TỈNH ỦY THỬ NGHIỆM", code: "TU" },
    place: "Thử Nghiệm",
    summary: "đối thoại",
    units: [
      { id: "a", name: "Đơn vị A" },
      { id: "b", name: "Đơn vị B" },
      { id: "c", name: "Đơn vị C" },
    ],
    sessions: [
      {
        id: "s",
        theme: "Chủ đề",
        planned: { month: "2024-04", part: "mid" },
        status: "scheduled",
        scheduled: { date: "2024-04-18" },
        history: [{ on: "2024-04-01", change: "scheduled", to: "2024-04-18" }],
      },
    ],
    implementation: [{ units, tasks }],
    signature: { authority: { mode: "T/M", body: "BAN THƯỜNG VỤ" }, position: "BÍ THƯ", name: "Người Ký" },
  }) as unknown as Plan;

const report = (plan: Plan, asOf: string, filters = {}) => statusReport([{ file: "p.yaml", plan, lineOf: () => 1 }], asOf, filters);

const tasks: Task[] = [
  { id: "on-time", text: "Đúng hạn.", deadline: { on: "2024-03-31" }, status: "done", completedOn: "2024-03-30" },
  { id: "late", text: "Trễ.", deadline: { on: "2024-03-31" }, status: "done", completedOn: "2024-04-02" },
  { id: "overdue", text: "Quá hạn.", deadline: { on: "2024-04-05" } },
  { id: "soon", text: "Sắp đến hạn.", deadline: { on: "2024-04-12" } },
  { id: "later", text: "Còn lâu.", deadline: { on: "2024-06-30" } },
  { id: "dropped", text: "Đã hủy.", deadline: { on: "2024-03-31" }, status: "cancelled" },
  { id: "before-session", text: "Trước buổi.", deadline: { daysBefore: 5, workingDays: true, session: "s" } },
];

describe("the status report", () => {
  it("lists tasks most urgent first: overdue, due soon (earliest first), open, done late, done on time, cancelled", () => {
    expect(report(planOf(tasks), "2024-04-10").tasks.map((t) => `${t.id}:${t.state}`)).toEqual([
      "overdue:overdue",
      "before-session:due_soon", // 5 working days before 18/4/2024: 11/4
      "soon:due_soon",
      "later:open",
      "late:done_late",
      "on-time:done_on_time",
      "dropped:cancelled",
    ]);
  });

  it("counts the four national buckets per unit, a joint task for each of its units, cancelled ones for none", () => {
    const { units } = report(planOf(tasks), "2024-04-10");
    const bucket = { doneOnTime: 1, doneLate: 1, open: 3, overdue: 1, completionRate: 0.667 };
    expect(units).toEqual([
      { id: "a", name: "Đơn vị A", ...bucket },
      { id: "b", name: "Đơn vị B", ...bucket },
    ]);
  });

  it.each([
    ["nothing done or overdue yet: no rate", [tasks[4]], null],
    ["all overdue: 0", [tasks[2]], 0],
    ["done ÷ (done + overdue)", [tasks[0], tasks[1], tasks[2], tasks[4]], 0.667],
    ["everything done: 1", [tasks[0], tasks[1]], 1],
  ])("completion rate, %s", (_, list, rate) => {
    expect(report(planOf(list as Task[], ["a"]), "2024-04-10").units[0].completionRate).toBe(rate);
  });

  it("shows a session-relative task as awaiting its schedule before the session was fixed", () => {
    const row = report(planOf(tasks), "2024-03-20").tasks.find((t) => t.id === "before-session")!;
    expect(row).toMatchObject({ state: "awaiting_schedule", deadline: null, earliestDeadline: "2024-04-04" });
  });

  it.each([
    [{ unit: "b" }, ["overdue", "before-session", "soon", "later", "late", "on-time", "dropped"]],
    [{ unit: "c" }, []],
    [{ state: "overdue" }, ["overdue"]],
    [{ dueWithin: 1 }, ["overdue", "before-session"]],
    [{ period: { from: "2024-04-01", to: "2024-04-30" } }, ["overdue", "before-session", "soon"]],
  ])("keeps only the tasks matching %j", (filters, ids) => {
    expect(report(planOf(tasks), "2024-04-10", filters).tasks.map((t) => t.id)).toEqual(ids);
  });
});

describe("the per-unit summary over several plans", () => {
  const overdue: Task[] = [{ id: "x", text: "Quá hạn.", deadline: { on: "2024-04-05" } }];
  const renamed = (name: string): Plan => {
    const plan = planOf(overdue, ["a"]);
    return { ...plan, units: plan.units.map((u) => (u.id === "a" ? { ...u, name } : u)) as Plan["units"] };
  };
  const summary = (...plans: Plan[]) =>
    statusReport(plans.map((plan, i) => ({ file: `p${i}.yaml`, plan, lineOf: () => 1 })), "2024-04-10").units.map((u) => [u.id, u.name, u.overdue]);

  it("keeps apart two offices that share an id under different names (every commune's van-phong)", () => {
    expect(summary(renamed("Văn phòng Đảng ủy xã"), renamed("Văn phòng HĐND và UBND xã"))).toEqual([
      ["a", "Văn phòng Đảng ủy xã", 1],
      ["a", "Văn phòng HĐND và UBND xã", 1],
    ]);
  });

  it("adds up one unit's plans of one name (two years of one office)", () => {
    expect(summary(renamed("Văn phòng Đảng ủy xã"), renamed("Văn phòng  Đảng ủy xã"))).toEqual([["a", "Văn phòng Đảng ủy xã", 2]]);
    // Written with the old placement of the tone mark in the other year: still one office.
    expect(summary(renamed("Văn phòng Đảng ủy xã"), renamed("Văn phòng Đảng uỷ xã"))).toEqual([["a", "Văn phòng Đảng ủy xã", 2]]);
  });
});
