import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, lineOf, ROOT, SON_NGUYEN, tempDir } from "../helpers/cli.js";
import { DocxFile } from "../helpers/docx.js";

const RECURRING = join(ROOT, "examples/ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml");

interface Row {
  id: string;
  session: string | null;
  period?: string;
  stage?: string;
  title: string;
  deadline: string | null;
  awaiting: string | null;
  state: string;
  completedOn: string | null;
}

async function rows(file: string, asOf: string, ...more: string[]): Promise<Row[]> {
  const run = await dialogue(["status", file, "--format", "json", "--as-of", asOf, ...more]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout).tasks;
}

describe("the kinds of deadline in the recurring commune example (#13.7)", () => {
  it("a monthly report has one row per month of the plan's year, each with its own progress", async () => {
    const monthly = (await rows(RECURRING, "2025-07-10")).filter((t) => t.id === "bao-cao-thang");
    expect(monthly.map((t) => t.period).sort()).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2025-${m}`));
    const of = (period: string) => monthly.find((t) => t.period === period)!;
    expect(of("2025-01")).toMatchObject({ deadline: "2025-01-25", state: "done_on_time", completedOn: "2025-01-24" });
    expect(of("2025-02")).toMatchObject({ deadline: "2025-02-25", state: "done_late" });
    expect(of("2025-06")).toMatchObject({ deadline: "2025-06-25", state: "overdue" });
    expect(of("2025-07")).toMatchObject({ deadline: "2025-07-25", state: "open" });
  });

  it("a reply within 10 working days of receipt, 15 for a complex case: received Monday 17/3/2025, over Giỗ Tổ 7/4", async () => {
    const [reply] = (await rows(RECURRING, "2025-04-01")).filter((t) => t.id === "tra-loi-dat-dai");
    expect(reply).toMatchObject({ deadline: "2025-04-08", state: "due_soon" });
    // Before the petition is received, the reply waits for it.
    const [early] = (await rows(RECURRING, "2025-03-10")).filter((t) => t.id === "tra-loi-dat-dai");
    expect(early).toMatchObject({ deadline: null, awaiting: "receipt", state: "awaiting_schedule" });
    const text = await dialogue(["status", RECURRING, "--as-of", "2025-03-10", "--unit", "ubnd-xa"]);
    expect(text.stdout).toContain("chờ ngày nhận");
  });

  it("the notice after each reception: 5 working days after the day it is held (17/2/2025, a Monday, gives 24/2)", async () => {
    const after = (await rows(RECURRING, "2025-07-10")).filter((t) => t.id === "thong-bao-ket-qua");
    expect(after).toHaveLength(12);
    expect(after.find((t) => t.session === "tiep-dan-2025-02")?.deadline).toBe("2025-02-24");
  });

  it("a roadmap has one row per stage, each with its own day and state", async () => {
    const stages = (await rows(RECURRING, "2025-07-10")).filter((t) => t.id === "duong-phuoc-loc");
    expect(stages.map((t) => [t.stage, t.deadline, t.state])).toEqual(
      expect.arrayContaining([
        ["khao-sat", "2025-04-30", "done_on_time"],
        ["bo-tri-von", "2025-06-30", "overdue"],
        ["thi-cong", "2025-11-30", "open"],
      ]),
    );
    expect(stages.find((t) => t.stage === "bo-tri-von")?.title).toMatch(/theo lộ trình — Bố trí vốn/);
    const text = await dialogue(["status", RECURRING, "--as-of", "2025-07-10"]);
    expect(text.stdout).toContain("giai đoạn bo-tri-von");
    expect(text.stdout).toContain("kỳ tháng 6/2025");
  });

  it("the calendar holds each period and each stage as its own event", async () => {
    const out = tempDir();
    await dialogue(["calendar", RECURRING, "-o", join(out, "c.ics")]);
    const ics = readFileSync(join(out, "c.ics"), "utf8");
    expect(ics).toMatch(/-task-bao-cao-thang\.2025-03@dialogue/);
    expect(ics).toMatch(/-task-bao-cao-thang\.2025-12@dialogue/);
    expect(ics).toMatch(/-task-duong-phuoc-loc\.thi-cong@dialogue/);
    expect(ics).toContain("DTSTART;VALUE=DATE:20250408");
  });

  it("the reminder letter lists an overdue stage and an overdue period with their days", async () => {
    // The monthly report is the Văn phòng's, which sends the letters and gets none: here a reception desk's.
    const desk = copyExample(RECURRING, (t) => t.replace("    name: Văn phòng Đảng ủy xã\n", "    name: Bộ phận tiếp công dân xã\n"));
    const out = tempDir();
    const run = await dialogue(["render", desk, "--only", "reminder", "--as-of", "2025-07-10", "-o", out]);
    expect(run.code, run.stderr).toBe(0);
    const letters = readdirSync(out).filter((f) => f.endsWith(".docx"));
    const texts = letters.map((f) => new DocxFile(join(out, f)).texts().join("\n"));
    const roads = texts.find((t) => t.includes("Bố trí vốn"));
    expect(roads, letters.join(", ")).toBeDefined();
    expect(roads).toMatch(/theo lộ trình — Bố trí vốn trong kế hoạch đầu tư công của xã[^]*30\/6\/2025/);
    expect(texts.some((t) => /Báo cáo kết quả tiếp dân[^]*25\/6\/2025/.test(t))).toBe(true);
  });
});

describe("dialogue task on a period and on a stage", () => {
  it("writes the period's slot and the stage's progress, and says what is missing", async () => {
    const file = copyExample(RECURRING);
    const done = await dialogue(["task", file, "bao-cao-thang", "done", "--period", "2025-03", "--on", "2025-03-24"]);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain("(kỳ tháng 3/2025)");
    const stage = await dialogue(["task", file, "duong-phuoc-loc", "done", "--stage", "bo-tri-von", "--on", "2025-06-20"]);
    expect(stage.code, stage.stderr).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/ {10}2025-03:\n {12}status: done\n {12}completedOn: 2025-03-24\n/);
    expect(text).toMatch(/id: bo-tri-von\n.*\n.*before: 2025-07-01\n {14}status: done\n {14}completedOn: 2025-06-20\n/);
    const after = await rows(file, "2025-07-10");
    expect(after.find((t) => t.id === "bao-cao-thang" && t.period === "2025-03")?.state).toBe("done_on_time");
    expect(after.find((t) => t.id === "duong-phuoc-loc" && t.stage === "bo-tri-von")?.state).toBe("done_on_time");
    expect((await dialogue(["validate", file])).code).toBe(0);

    const missing = await dialogue(["task", file, "bao-cao-thang", "done"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("thêm --period với một trong: 2025-01, 2025-02");
    const wrong = await dialogue(["task", file, "bao-cao-thang", "done", "--period", "2025-13"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('không có kỳ nào mang mã "2025-13"');
    const noStage = await dialogue(["task", file, "duong-phuoc-loc", "done"]);
    expect(noStage.stderr).toContain("thêm --stage với một trong: khao-sat, bo-tri-von, thi-cong");
    const notPeriodic = await dialogue(["task", file, "chuan-bi-cong-nhan", "done", "--period", "2025-03"]);
    expect(notPeriodic.code).toBe(2);
    expect(notPeriodic.stderr).toContain("không có thời hạn định kỳ; bỏ --period");
  });
});

describe("dialogue task on an occurrence of a recurring session", () => {
  it("records the notice after the March reception in its own slot", async () => {
    const file = copyExample(RECURRING);
    const run = await dialogue(["task", file, "thong-bao-ket-qua", "done", "--session", "tiep-dan-2025-03", "--on", "2025-03-20"]);
    expect(run.code, run.stderr).toBe(0);
    const after = await rows(file, "2025-07-10");
    expect(after.find((t) => t.id === "thong-bao-ket-qua" && t.session === "tiep-dan-2025-03")).toMatchObject({ state: "done_on_time", completedOn: "2025-03-20" });
    expect(after.find((t) => t.id === "thong-bao-ket-qua" && t.session === "tiep-dan-2025-04")?.state).toBe("overdue");
    expect((await dialogue(["validate", file])).code).toBe(0);
    const wrong = await dialogue(["task", file, "thong-bao-ket-qua", "done", "--session", "cong-nhan"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("tiep-dan-2025-12");
  });
});

describe("dialogue task records the day a petition was received", () => {
  it("--received-on starts the reply's count, --complex takes the ceiling; elsewhere it is refused", async () => {
    const file = copyExample(RECURRING, (text) => text.replace("          receivedOn: 2025-03-17\n          complex: true\n", ""));
    expect((await rows(file, "2025-04-01")).find((t) => t.id === "tra-loi-dat-dai")).toMatchObject({ awaiting: "receipt", deadline: null });
    const received = await dialogue(["task", file, "tra-loi-dat-dai", "in_progress", "--received-on", "2025-03-17"]);
    expect(received.code, received.stderr).toBe(0);
    expect(received.stdout).toContain("Ngày nhận: 17/3/2025");
    // 10 working days from Monday 17/3/2025: 31/3.
    expect((await rows(file, "2025-04-01")).find((t) => t.id === "tra-loi-dat-dai")).toMatchObject({ deadline: "2025-03-31", state: "overdue" });
    await dialogue(["task", file, "tra-loi-dat-dai", "in_progress", "--complex"]);
    expect((await rows(file, "2025-04-01")).find((t) => t.id === "tra-loi-dat-dai")).toMatchObject({ deadline: "2025-04-08", state: "due_soon" });
    expect(readFileSync(file, "utf8")).toMatch(/upTo: 15\n {10}receivedOn: 2025-03-17\n {10}complex: true\n/);
    const elsewhere = await dialogue(["task", file, "chuan-bi-cong-nhan", "done", "--received-on", "2025-03-17"]);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain("không có thời hạn tính từ ngày nhận");
  });
});

describe("a conclusion's roadmap and written reply (#13.7)", () => {
  const withKinds = (text: string) =>
    text.replace(
      "      followUp: >-\n        Giao Ban Dân vận",
      [
        "        - id: kl-duong-dong-phu",
        "          lead: huyen-uy-tan-hoa",
        "          text: Ban Thường vụ Huyện ủy Tân Hòa chỉ đạo nâng cấp tuyến đường vào khu tái định cư Đồng Phú.",
        "          deadline:",
        "            stages:",
        "              - { id: phuong-an, text: 'Lập phương án, bố trí vốn', on: 2024-08-31, status: done, completedOn: 2024-08-28 }",
        "              - { id: hoan-thanh, text: 'Thi công, đưa vào sử dụng', before: 2025-01-01 }",
        "          outcome: roadmap",
        "        - id: kl-tra-loi-don",
        "          lead: ubnd-tinh",
        "          text: Ban cán sự đảng UBND tỉnh chỉ đạo trả lời bằng văn bản đơn kiến nghị về bồi thường của các hộ dân thôn Đồng Phú.",
        "          deadline: { afterReceipt: 10, upTo: 15 }",
        "      followUp: >-",
        "        Giao Ban Dân vận",
      ].join("\n"),
    );

  it("the notice words both; status waits for the receipt and tracks each stage", async () => {
    const file = copyExample(SON_NGUYEN, withKinds);
    expect(readFileSync(file, "utf8")).toContain("kl-tra-loi-don");
    const validate = await dialogue(["validate", file]);
    expect(validate.code, validate.stdout).toBe(0);
    const out = tempDir();
    const render = await dialogue(["render", file, "--only", "conclusions", "-o", out]);
    expect(render.code, render.stderr).toBe(0);
    const text = new DocxFile(join(out, "plan-thong-bao-ket-luan-dat-dai.docx")).texts().join("\n");
    expect(text).toContain("tái định cư Đồng Phú; hoàn thành theo lộ trình: lập phương án, bố trí vốn chậm nhất trong ngày 31/8/2024; thi công, đưa vào sử dụng trước ngày 1/1/2025.");
    expect(text).toContain("hoàn thành trong thời hạn 10 ngày làm việc kể từ ngày nhận (vụ việc phức tạp không quá 15 ngày làm việc).");
    const status = await rows(file, "2024-09-01");
    expect(status.find((t) => t.id === "kl-tra-loi-don")).toMatchObject({ awaiting: "receipt", state: "awaiting_schedule" });
    expect(status.filter((t) => t.id === "kl-duong-dong-phu").map((t) => [t.stage, t.state])).toEqual(
      expect.arrayContaining([
        ["phuong-an", "done_on_time"],
        ["hoan-thanh", "open"],
      ]),
    );
  });

  it("validate points at a field of another kind and a ceiling below the count, at their lines", async () => {
    const file = copyExample(SON_NGUYEN, (text) =>
      withKinds(text)
        .replace("deadline: { afterReceipt: 10, upTo: 15 }", "deadline: { afterReceipt: 10, upTo: 5 }")
        .replace("deadline: { on: 2024-12-31 }", "deadline: { on: 2024-12-31, workingDays: true }"),
    );
    const run = await dialogue(["validate", file]);
    expect(run.code).toBe(1);
    const text = readFileSync(file, "utf8");
    expect(run.stdout).toContain(`:${lineOf(text, "upTo: 5")}:`);
    expect(run.stdout).toContain("thời hạn tối đa (upTo: 5) không được ít hơn thời hạn thường (afterReceipt: 10) ngày làm việc.");
    expect(run.stdout).toContain(`:${lineOf(text, "on: 2024-12-31, workingDays: true")}:`);
    expect(run.stdout).toContain('"workingDays" chỉ dùng kèm daysAfter; hãy xóa trường này hoặc đổi cách tính thời hạn.');
  });
});
