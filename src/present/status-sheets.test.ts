import { describe, expect, it } from "vitest";
import { translator } from "../i18n/translate.js";
import type { Plan } from "../plan/types.gen.js";
import type { StatusReport, StatusTask } from "../tracking/report.js";
import type { TaskState } from "../tracking/states.js";
import { PlanNames } from "./plan-names.js";
import { stateLabel, statusSheets, type Sheet } from "./status-sheets.js";

const FILE = "ke-hoach-2024.yaml";
const plan = {
  units: [
    { id: "ban-dan-van", name: "Ban Dân vận Tỉnh ủy" },
    { id: "tinh-doan", name: "Ban Thường vụ Tỉnh đoàn" },
    { id: "van-phong", name: "Văn phòng Tỉnh ủy" },
  ],
  sessions: [
    { id: "dat-dai", theme: "Công tác bồi thường, **tái định cư**", status: "held", heldOn: "2024-04-20" },
    { id: "thanh-nien", theme: "Thanh niên lập nghiệp", status: "planned" },
  ],
} as unknown as Plan;
const names = new PlanNames();
names.add(FILE, plan);

const task = (over: Partial<StatusTask>): StatusTask => ({
  id: "0930",
  file: FILE,
  line: 42,
  unit: "ban-dan-van",
  units: ["ban-dan-van"],
  coordinating: [],
  session: null,
  title: "Báo cáo kết quả",
  deadline: "2024-09-30",
  earliestDeadline: null,
  awaiting: null,
  state: "open",
  status: "open",
  daysOverdue: 0,
  completedOn: null,
  evidence: null,
  ...over,
});

const vi = translator("vi");
const en = translator("en");

describe("stateLabel: a task's state in the words of national reporting", () => {
  it.each<[TaskState, "session" | "conclusions" | null, string, string]>([
    ["done_on_time", null, "Hoàn thành đúng hạn", "Done on time"],
    ["done_late", null, "Hoàn thành quá hạn", "Done late"],
    ["open", null, "Đang thực hiện, trong hạn", "Open, in time"],
    ["overdue", null, "Đang thực hiện, quá hạn", "Open, overdue"],
    ["due_soon", null, "Đang thực hiện, trong hạn (sắp đến hạn)", "Open, in time (due soon)"],
    ["awaiting_schedule", "session", "Đang thực hiện, trong hạn (chờ chốt lịch)", "Open, in time (awaiting the session's date)"],
    // A conclusion's daysAfter waits for the notice's date, once the session is held.
    ["awaiting_schedule", "conclusions", "Đang thực hiện, trong hạn (chờ ban hành thông báo)", "Open, in time (awaiting the notice)"],
    ["cancelled", null, "Đã hủy", "Cancelled"],
  ])("%s (awaiting %s) → %j / %j", (state, awaiting, inVietnamese, inEnglish) => {
    expect(stateLabel(task({ state, awaiting }), vi)).toBe(inVietnamese);
    expect(stateLabel(task({ state, awaiting }), en)).toBe(inEnglish);
  });
});

describe("statusSheets", () => {
  const report: StatusReport = {
    asOf: "2024-09-10",
    tasks: [
      task({ state: "overdue", daysOverdue: 83, units: ["tinh-doan", "ban-dan-van"], coordinating: ["van-phong"], session: "dat-dai", deadline: "2024-06-19" }),
      task({ id: "bao-cao", state: "done_late", daysOverdue: 3, completedOn: "2024-04-12", evidence: "Báo cáo số 88/BC-UBND", title: "Chỉ đạo báo cáo ".repeat(20).trim() }),
      task({ id: "tai-lieu", state: "awaiting_schedule", awaiting: "session", session: "thanh-nien", deadline: null, earliestDeadline: "2024-10-10" }),
    ],
    units: [
      { id: "ban-dan-van", name: "Ban Dân vận Tỉnh ủy", doneOnTime: 1, doneLate: 1, open: 2, overdue: 1, completionRate: 0.667 },
      { id: "tinh-doan", name: "Ban Thường vụ Tỉnh đoàn", doneOnTime: 0, doneLate: 0, open: 1, overdue: 0, completionRate: null },
    ],
  };
  const [tasks, units] = statusSheets(report, names, vi, "vi");
  const column = (sheet: Sheet, head: string) => {
    const index = sheet.columns.findIndex((c) => c.head === head);
    expect(index, head).toBeGreaterThanOrEqual(0);
    return sheet.rows.map((row) => row.cells[index]);
  };

  it("names the sheets and dates the titles as Vietnamese sentences do", () => {
    expect([tasks.name, units.name]).toEqual(["Nhiệm vụ", "Tổng hợp theo đơn vị"]);
    expect(tasks.title).toBe("Tình hình thực hiện nhiệm vụ tính đến ngày 10/9/2024");
    expect(units.title).toBe("Tổng hợp theo đơn vị tính đến ngày 10/9/2024");
    expect(units.notes[0]).toMatch(/^Tỷ lệ hoàn thành \(trên số đã đến hạn\) = /);
  });

  it("writes each task's cells by type: ids as ids, dates as dates, names instead of unit ids, the theme of its session", () => {
    expect(column(tasks, "STT")).toEqual([{ number: 1 }, { number: 2 }, { number: 3 }]);
    expect(column(tasks, "Mã nhiệm vụ")).toEqual([{ id: "0930" }, { id: "bao-cao" }, { id: "tai-lieu" }]);
    expect(column(tasks, "Đơn vị thực hiện")[0]).toEqual({ text: "Ban Thường vụ Tỉnh đoàn\nBan Dân vận Tỉnh ủy" });
    expect(column(tasks, "Đơn vị phối hợp")).toEqual([{ text: "Văn phòng Tỉnh ủy" }, null, null]);
    expect(column(tasks, "Buổi đối thoại")).toEqual([{ text: "Công tác bồi thường, tái định cư" }, null, { text: "Thanh niên lập nghiệp" }]);
    expect(column(tasks, "Thời hạn")).toEqual([{ date: "2024-06-19" }, { date: "2024-09-30" }, null]);
    expect(column(tasks, "Thời hạn sớm nhất")).toEqual([null, null, { date: "2024-10-10" }]);
    expect(column(tasks, "Số ngày quá hạn")).toEqual([{ number: 83 }, { number: 3 }, null]);
    expect(column(tasks, "Ngày hoàn thành")).toEqual([null, { date: "2024-04-12" }, null]);
    expect(column(tasks, "Văn bản báo cáo kết quả")).toEqual([null, { text: "Báo cáo số 88/BC-UBND" }, null]);
    expect(column(tasks, "Tình trạng").map((c) => c && "text" in c && c.text)).toEqual([
      "Đang thực hiện, quá hạn",
      "Hoàn thành quá hạn",
      "Đang thực hiện, trong hạn (chờ chốt lịch)",
    ]);
    expect(column(tasks, "Tệp kế hoạch")[0]).toEqual({ text: FILE });
    expect(column(tasks, "Dòng")[0]).toEqual({ number: 42 });
  });

  it("sums up each unit in the four buckets, the rate as a percentage, none when nothing is due yet", () => {
    expect(units.columns.map((c) => c.head)).toEqual([
      "STT",
      "Đơn vị",
      "Tổng số nhiệm vụ",
      "Hoàn thành đúng hạn",
      "Hoàn thành quá hạn",
      "Đang thực hiện, trong hạn",
      "Đang thực hiện, quá hạn",
      "Tỷ lệ hoàn thành (trên số đã đến hạn)",
      "Mã đơn vị",
    ]);
    expect(units.rows[0].cells).toEqual([
      { number: 1 },
      { text: "Ban Dân vận Tỉnh ủy" },
      { number: 5 },
      { number: 1 },
      { number: 1 },
      { number: 2 },
      { number: 1 },
      { percent: 0.667 },
      { id: "ban-dan-van" },
    ]);
    expect(column(units, "Tỷ lệ hoàn thành (trên số đã đến hạn)")[1]).toBeNull();
  });

  it("sizes columns to their content within bounds, and rows to their wrapped lines", () => {
    const width = (head: string) => tasks.columns.find((c) => c.head === head)!.width;
    expect(width("Nội dung nhiệm vụ")).toBe(62);
    expect(width("Thời hạn")).toBe(13);
    expect(width("Mã nhiệm vụ")).toBeLessThan(20);
    // Two unit names; 320 letters in 60 digits; a state in words longer than its column.
    expect(tasks.rows.map((row) => row.lines)).toEqual([2, 5, 2]);
    expect(tasks.headerLines).toBe(2);
    expect(tasks.columns.find((c) => c.head === "Nội dung nhiệm vụ")!.wrap).toBe(true);
    expect(tasks.columns.find((c) => c.head === "Mã nhiệm vụ")!.wrap).toBe(false);
  });

  it("speaks English with --lang en, dates in the title as ISO", () => {
    const [english, summary] = statusSheets(report, names, en, "en");
    expect([english.name, summary.name]).toEqual(["Tasks", "Summary by unit"]);
    expect(english.title).toBe("Tasks as of 2024-09-10");
    expect(english.columns.slice(0, 4).map((c) => c.head)).toEqual(["No.", "Task id", "Task", "Units responsible"]);
    expect(summary.columns.map((c) => c.head)).toContain("Completion rate (of those due)");
  });
});
