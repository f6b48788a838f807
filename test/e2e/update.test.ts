import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED, SON_NGUYEN } from "../helpers/cli.js";

const status = async (file: string, asOf: string) => {
  const run = await dialogue(["status", file, "--as-of", asOf, "--format", "json"]);
  return JSON.parse(run.stdout).tasks as { id: string; session: string | null; state: string; deadline: string | null }[];
};

/** Lines only in `after`, and lines only in `before`, in order (a line diff that ignores moves). */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) [endA, endB] = [endA - 1, endB - 1];
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

describe("dialogue task", () => {
  it("marks the report done on time, changing only that task's lines and keeping every comment", async () => {
    const file = copyExample(SEED, (t) => t.replace("units:\n", "units: # các đơn vị\n").replace("year: 2021", "year: 2021   # năm"));
    const before = readFileSync(file, "utf8");
    const run = await dialogue(["task", file, "bao-cao-tu-tuong", "done", "--on", "2021-03-30", "--ref", "Báo cáo số 12-BC/TĐ"]);
    expect(run.code, run.stderr).toBe(0);
    const after = readFileSync(file, "utf8");
    expect(changedLines(before, after)).toEqual({
      removed: [],
      added: ["        status: done", "        completedOn: 2021-03-30", "        evidence: Báo cáo số 12-BC/TĐ"],
    });
    expect(after).toContain("units: # các đơn vị\n");
    expect(after).toContain("year: 2021   # năm\n");
    const rows = await status(file, "2021-04-01");
    expect(rows.find((r) => r.id === "bao-cao-tu-tuong")?.state).toBe("done_on_time");
  });

  it("keeps CRLF line ends and a BOM", async () => {
    const file = copyExample(SEED, (t) => "\uFEFF" + t.replace(/\n/g, "\r\n"));
    const before = readFileSync(file, "utf8");
    expect((await dialogue(["task", file, "bao-cao-ly-son", "in_progress", "--on", "2021-05-01", "--note", "Đã nhận 3/5 báo cáo"])).code).toBe(0);
    const after = readFileSync(file, "utf8");
    expect(after.startsWith("\uFEFF")).toBe(true);
    expect(after.replace(/\r\n/g, "").includes("\n")).toBe(false);
    expect(changedLines(before, after).added).toEqual([
      "        status: in_progress\r",
      "        notes:\r",
      "          - on: 2021-05-01\r",
      "            text: Đã nhận 3/5 báo cáo\r",
    ]);
  });

  it("moves a done task back to open and drops its completion date", async () => {
    const file = copyExample(SON_NGUYEN);
    expect((await dialogue(["task", file, "bao-cao-boi-thuong", "open"])).code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("completedOn: 2024-04-12");
    expect(text).toContain("Báo cáo số 88/BC-UBND ngày 12/4/2024");
  });

  it("records a per-session task under its session, and asks which session when it is missing", async () => {
    const file = copyExample(SEED);
    const missing = await dialogue(["task", file, "tham-muu-noi-dung", "done"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("thêm --session với một trong: khoi-nghiep, ly-son");
    expect((await dialogue(["task", file, "tham-muu-noi-dung", "done", "--session", "khoi-nghiep", "--on", "2021-04-05"])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("            bySession:\n              khoi-nghiep:\n                status: done\n                completedOn: 2021-04-05\n");
  });

  it("lists close matches for an unknown task id and leaves the file untouched", async () => {
    const file = copyExample(SEED);
    const before = readFileSync(file, "utf8");
    const run = await dialogue(["task", file, "bao-cao-tu-tuog", "done"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có nhiệm vụ nào mang mã "bao-cao-tu-tuog"');
    expect(run.stderr).toContain("mã gần giống: bao-cao-tu-tuong");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("refuses a change that would make the plan invalid, and a wrong date, writing nothing", async () => {
    const file = copyExample(SEED);
    const before = readFileSync(file, "utf8");
    const long = await dialogue(["task", file, "bao-cao-ly-son", "done", "--ref", "x".repeat(400)]);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain("chưa ghi thay đổi");
    expect(long.stderr).toContain("quá dài (tối đa 300 ký tự)");
    const date = await dialogue(["task", file, "bao-cao-ly-son", "done", "--on", "2021-13-01"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--on "2021-13-01" không phải ngày');
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("dialogue session", () => {
  it("fixing theme 1 for 20/4/2021 turns the '10 days before' task from awaiting into due 10/4/2021", async () => {
    const file = copyExample(SEED);
    const row = async () => (await status(file, "2021-04-01")).find((r) => r.id === "tham-muu-noi-dung" && r.session === "khoi-nghiep");
    expect(await row()).toMatchObject({ state: "awaiting_schedule", deadline: null });
    const run = await dialogue(["session", file, "khoi-nghiep", "--date", "2021-04-20", "--time", "08:00", "--on", "2021-03-25"]);
    expect(run.code, run.stderr).toBe(0);
    expect(await row()).toMatchObject({ state: "open", deadline: "2021-04-10" });
    expect(readFileSync(file, "utf8")).toContain(
      "    scheduled:\n      date: 2021-04-20\n      time: 08:00\n    status: scheduled\n    history:\n      - on: 2021-03-25\n        change: scheduled\n        to: 2021-04-20\n",
    );
  });

  it("records a move, then the held date, then the status report follows the actual date", async () => {
    const file = copyExample(SEED);
    await dialogue(["session", file, "khoi-nghiep", "--date", "2021-04-20", "--on", "2021-03-25"]);
    await dialogue(["session", file, "khoi-nghiep", "--date", "2021-04-22", "--on", "2021-04-02"]);
    const held = await dialogue(["session", file, "khoi-nghiep", "--held-on", "2021-04-23", "--on", "2021-04-23"]);
    expect(held.code, held.stderr).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("change: moved\n        from: 2021-04-20\n        to: 2021-04-22");
    const rows = await status(file, "2021-04-30");
    expect(rows.find((r) => r.id === "tham-muu-noi-dung" && r.session === "khoi-nghiep")?.deadline).toBe("2021-04-13");
  });

  it("postpones with a reason, and cancels, marking that session's tasks cancelled", async () => {
    const file = copyExample(SEED);
    const noReason = await dialogue(["session", file, "ly-son", "--postpone-to", "2021-Q4"]);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain("cần kèm --reason");
    expect((await dialogue(["session", file, "ly-son", "--postpone-to", "2021-Q4", "--reason", "Dịch bệnh", "--on", "2021-07-01"])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("    postponedTo:\n      quarter: 2021-Q4\n    status: postponed\n    reason: Dịch bệnh\n");
    expect((await dialogue(["session", file, "ly-son", "--cancel", "--reason", "Đã giải quyết", "--on", "2021-10-01"])).code).toBe(0);
    const rows = await status(file, "2021-10-02");
    expect(rows.find((r) => r.id === "tham-muu-noi-dung" && r.session === "ly-son")?.state).toBe("cancelled");
  });

  it("postpones a second time to another kind of period (a quarter, then a month)", async () => {
    const file = copyExample(SEED);
    expect((await dialogue(["session", file, "ly-son", "--postpone-to", "2021-Q4", "--reason", "Dịch bệnh", "--on", "2021-07-01"])).code).toBe(0);
    const run = await dialogue(["session", file, "ly-son", "--postpone-to", "2022-03", "--reason", "Mưa lũ", "--on", "2021-10-01"]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("    postponedTo:\n      month: 2022-03\n    status: postponed\n    reason: Mưa lũ\n");
    expect(text).not.toContain("quarter: 2021-Q4");
    expect((await dialogue(["validate", file])).code).toBe(0);
  });

  it("needs exactly one action", async () => {
    const file = copyExample(SEED);
    const run = await dialogue(["session", file, "ly-son"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("một trong --date, --held-on, --postpone-to hoặc --cancel");
  });
});

describe("safe writes", () => {
  it("leaves no temporary file behind", async () => {
    const file = copyExample(SEED);
    await dialogue(["task", file, "bao-cao-ly-son", "done", "--on", "2021-05-20"]);
    const { readdirSync } = await import("node:fs");
    const { dirname } = await import("node:path");
    expect(readdirSync(dirname(file))).toEqual(["plan.yaml"]);
    writeFileSync(file, readFileSync(file));
  });
});
