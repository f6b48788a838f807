import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, lineOf, SEED } from "../helpers/cli.js";

interface JsonFinding {
  line: number;
  code: string;
  severity: string;
  path: string;
  message: string;
}

const warnings = async (file: string, code: string): Promise<JsonFinding[]> => {
  const run = await dialogue(["validate", file, "--format", "json"]);
  expect(run.code, run.stdout).toBe(0);
  return (JSON.parse(run.stdout) as JsonFinding[]).filter((f) => f.code === code);
};

describe("warnings where a clerk slips (#16.7)", () => {
  it.each([
    ["2021-04-24", "ngày 24/4/2021 là thứ Bảy, không phải ngày làm việc"],
    ["2021-04-25", "ngày 25/4/2021 là Chủ nhật, không phải ngày làm việc"],
    ["2021-04-30", "ngày 30/4/2021 là ngày nghỉ (Ngày Chiến thắng"],
    ["2021-04-21", "ngày 21/4/2021 là ngày nghỉ (Giỗ Tổ Hùng Vương"],
  ])("a session set on %s is warned about at its line", async (day, said) => {
    const file = copyExample(SEED);
    const fixed = await dialogue(["session", file, "khoi-nghiep", "--date", day, "--on", "1/4/2021"]);
    expect(fixed.code, fixed.stderr).toBe(0);
    const found = await warnings(file, "session-on-day-off");
    expect(found).toEqual([expect.objectContaining({ severity: "warning", path: "sessions[0].scheduled.date", line: lineOf(readFileSync(file, "utf8"), `date: ${day}`) })]);
    expect(found[0].message).toContain(said);
  });

  it("a session on a working day, a make-up Saturday of the plan's own calendar, gives no warning", async () => {
    const file = copyExample(SEED, (t) => `${t}calendar:\n  workingDays:\n    - { date: 2021-04-24, reason: Làm bù }\n`);
    await dialogue(["session", file, "khoi-nghiep", "--date", "24/4/2021", "--on", "1/4/2021"]);
    expect(await warnings(file, "session-on-day-off")).toEqual([]);
    const other = copyExample(SEED);
    await dialogue(["session", other, "khoi-nghiep", "--date", "22/4/2021", "--on", "1/4/2021"]);
    expect(await warnings(other, "session-on-day-off")).toEqual([]);
  });

  it("a task done on a date outside the plan's year is warned about, and the command that corrects it", async () => {
    const file = copyExample(SEED);
    expect((await dialogue(["task", file, "bao-cao-tu-tuong", "done", "--on", "30/3/2020"])).code).toBe(0);
    const found = await warnings(file, "task-done-outside-year");
    expect(found).toEqual([expect.objectContaining({ line: lineOf(readFileSync(file, "utf8"), "completedOn: 2020-03-30") })]);
    expect(found[0].message).toBe("ngày hoàn thành 30/3/2020 không thuộc năm kế hoạch 2021; nếu ghi nhầm năm, hãy sửa lại (ví dụ: dialogue task <tệp> bao-cao-tu-tuong done --on <ngày>).");
    expect((await dialogue(["task", file, "bao-cao-tu-tuong", "done", "--on", "30/3/2021"])).code).toBe(0);
    expect(await warnings(file, "task-done-outside-year")).toEqual([]);
  });

  it("a deadline before the plan's year is warned about", async () => {
    const file = copyExample(SEED, (t) => t.replace("on: 2021-03-31 #", "on: 2020-12-20 #"));
    const found = await warnings(file, "deadline-before-year");
    expect(found.map((f) => f.message)).toEqual(["thời hạn 20/12/2020 ở trước năm kế hoạch 2021; kiểm tra lại năm."]);
  });

  it("a mistaken done and a mistaken --held-on are taken back by a command, leaving the plan as before", async () => {
    const file = copyExample(SEED);
    const before = readFileSync(file, "utf8");
    await dialogue(["task", file, "bao-cao-tu-tuong", "xong", "--on", "30/3/2021"]);
    const open = await dialogue(["task", file, "bao-cao-tu-tuong", "chưa thực hiện"]);
    expect(open.stdout).toContain("Đã bỏ ngày hoàn thành 30/3/2021.");
    await dialogue(["session", file, "khoi-nghiep", "--date", "20/4/2021", "--on", "1/4/2021"]);
    const scheduled = readFileSync(file, "utf8");
    await dialogue(["session", file, "khoi-nghiep", "--held-on", "20/4/2021"]);
    const undo = await dialogue(["session", file, "khoi-nghiep", "--undo-held"]);
    expect(undo.code, undo.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(scheduled);
    expect(readFileSync(file, "utf8").includes("status: done")).toBe(before.includes("status: done"));
  });
});
