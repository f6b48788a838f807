import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, lineOf, SON_NGUYEN, tempDir } from "../helpers/cli.js";

interface Row {
  id: string;
  session: string | null;
  state: string;
  deadline: string | null;
  earliestDeadline: string | null;
}
const rows = async (file: string, asOf: string) => {
  const run = await dialogue(["status", file, "--as-of", asOf, "--format", "json"]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout).tasks as Row[];
};
const row = async (asOf: string, id: string) => (await rows(SON_NGUYEN, asOf)).find((r) => r.id === id && r.session === "dat-dai");

describe("a past --as-of shows what was known that day", () => {
  // The 2024 example's session dat-dai: planned for mid-April, fixed on 1/4 for 18/4, moved on 10/4 to 23/4.
  it.each([
    ["2024-03-20", { state: "awaiting_schedule", deadline: null, earliestDeadline: "2024-04-04" }],
    ["2024-04-01", { state: "open", deadline: "2024-04-11" }], // 5 working days before 18/4
    ["2024-04-12", { state: "due_soon", deadline: "2024-04-15" }], // before 23/4, over Giỗ Tổ 18/4
    ["2024-09-10", { state: "done_on_time", deadline: "2024-04-15" }],
  ])("on %s the task 5 working days before the session is %j", async (asOf, expected) => {
    expect(await row(asOf, "tai-lieu-dat-dai")).toMatchObject(expected);
  });

  it.each([
    ["2024-05-07", { state: "awaiting_schedule", deadline: null, earliestDeadline: "2024-06-22" }],
    ["2024-05-08", { state: "open", deadline: "2024-07-07" }],
  ])("on %s a conclusion due 60 days after the notice of 8/5/2024 is %j", async (asOf, expected) => {
    expect(await row(asOf, "kl-gia-dat-vuon")).toMatchObject(expected);
  });
});

describe("years out of range", () => {
  it.each([
    ["status", "--as-of", "0001-01-01"],
    ["status", "--as-of", "2300-01-01"],
    ["task khao-sat-thanh-nien done", "--on", "0099-08-30"],
    ["session doanh-nghiep", "--date", "9999-12-20"],
  ])("%s %s %s is refused in one line with exit 2", async (command, option, value) => {
    const [name, ...ids] = command.split(" ");
    const file = copyExample(SON_NGUYEN);
    const run = await dialogue([name, file, ...ids, option, value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${option} "${value}": dialogue chỉ tính được ngày trong các năm 1900–2199; hãy kiểm tra lại năm.\n`);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(SON_NGUYEN, "utf8"));
  });

  it("a session dated 9999-12-20 is an error at its line; status and calendar refuse the plan instead of counting to 1909", async () => {
    const file = copyExample(SON_NGUYEN, (t) => t.replace("alternatives: [2024-11-14, 2024-11-21]", "date: 9999-12-20"));
    const line = lineOf(readFileSync(file, "utf8"), "date: 9999-12-20");
    const validate = await dialogue(["validate", file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(`${file}:${line}:13  lỗi  sessions[2].planned.date  ngày 20/12/9999 cách năm kế hoạch 2024 quá 5 năm`);
    const status = await dialogue(["status", file, "--format", "json"]);
    expect(status.code).toBe(2);
    expect(status.stdout).toBe("");
    expect(status.stderr).not.toContain("1909");
    expect((await dialogue(["calendar", file, "-o", join(tempDir(), "lich.ics")])).code).toBe(2);
  });

  it("an edit that would date a session years away is refused and leaves the file as it was", async () => {
    const file = copyExample(SON_NGUYEN);
    const before = readFileSync(file, "utf8");
    const run = await dialogue(["session", file, "doanh-nghiep", "--date", "2031-11-14", "--on", "2024-10-01"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cách năm kế hoạch 2024 quá 5 năm");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("warns, without refusing, for a date two years off and for a deadline before the plan's year", async () => {
    const file = copyExample(SON_NGUYEN, (t) => t.replace("on: 2024-08-30", "on: 2023-08-30").replace("quarter: 2024-Q4", "quarter: 2026-Q4"));
    const run = await dialogue(["validate", file, "--format", "json"]);
    expect(run.code).toBe(0);
    const codes = (JSON.parse(run.stdout) as { code: string; severity: string }[]).map((f) => `${f.severity}:${f.code}`);
    expect(codes).toEqual(expect.arrayContaining(["warning:deadline-before-year", "warning:date-far-from-year"]));
    expect((await dialogue(["status", file, "--as-of", "2024-09-10", "--format", "json"])).code).toBe(0);
  });
});

describe("a year without its official days off", () => {
  it("is counted by the Labour Code, with one warning that says which file to add", async () => {
    const file = copyExample(SON_NGUYEN, (t) => t.replaceAll("2024", "2027"));
    const run = await dialogue(["validate", file]);
    expect(run.code).toBe(0);
    const warnings = run.stdout.split("\n").filter((l) => l.includes("lịch nghỉ lễ chính thức"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${file}:${lineOf(readFileSync(file, "utf8"), "year: 2027")}:7  cảnh báo  year`);
    expect(warnings[0]).toContain("templates/holidays/2027.json");
    expect((await dialogue(["validate", file, "--lang", "en"])).stdout).toContain("does not have the official days off of 2027");
    // 5 working days before Friday 23/4/2027 skip Giỗ Tổ, Friday 16/4/2027 by the lunar table.
    expect((await rows(file, "2027-04-15")).find((r) => r.id === "tai-lieu-dat-dai")).toMatchObject({ deadline: "2027-04-15" });
  });
});
