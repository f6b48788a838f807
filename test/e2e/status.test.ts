import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { stripVTControlCharacters } from "node:util";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main.js";
import { BIN, copyExample, dialogue, ROOT, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";
import { HAS_TERMINAL } from "../helpers/terminal.js";

interface Row {
  id: string;
  session: string | null;
  state: string;
  deadline: string | null;
  earliestDeadline: string | null;
  daysOverdue: number;
  line: number;
}
const json = async (args: string[]) => {
  const run = await dialogue(["status", ...args, "--format", "json"]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { asOf: string; tasks: Row[]; units: Record<string, unknown>[] };
};
const find = (rows: Row[], id: string, session: string | null = null) => rows.find((r) => r.id === id && r.session === session)!;

describe("dialogue status", () => {
  it("the Tỉnh đoàn / Hội Phụ nữ report due 31/3/2021 is open on 1/3 and overdue on 1/4", async () => {
    const march = await json([SEED, "--as-of", "2021-03-01"]);
    const april = await json([SEED, "--as-of", "2021-04-01"]);
    expect(find(march.tasks, "bao-cao-tu-tuong")).toMatchObject({ state: "open", deadline: "2021-03-31" });
    expect(find(april.tasks, "bao-cao-tu-tuong")).toMatchObject({ state: "overdue", daysOverdue: 1 });
    expect(april.tasks[0].id).toBe("bao-cao-tu-tuong");
  });

  it("a deadline is a day: due 31/3 is still due (not overdue) on 31/3", async () => {
    const report = await json([SEED, "--as-of", "2021-03-31"]);
    expect(find(report.tasks, "bao-cao-tu-tuong").state).toBe("due_soon");
  });

  it("'trước ngày 31/5/2021' means the last day is 30/5", async () => {
    const report = await json([SEED, "--as-of", "2021-05-30"]);
    expect(find(report.tasks, "bao-cao-ly-son")).toMatchObject({ deadline: "2021-05-30", state: "due_soon" });
    expect(find((await json([SEED, "--as-of", "2021-05-31"])).tasks, "bao-cao-ly-son").state).toBe("overdue");
  });

  it("a task for every dialogue has one row per session, awaiting the schedule with the earliest day as a hint", async () => {
    const report = await json([SEED, "--as-of", "2021-03-01"]);
    expect(find(report.tasks, "tham-muu-noi-dung", "khoi-nghiep")).toMatchObject({
      state: "awaiting_schedule",
      deadline: null,
      earliestDeadline: "2021-03-22",
    });
    expect(find(report.tasks, "tham-muu-noi-dung", "ly-son")).toMatchObject({ state: "awaiting_schedule", earliestDeadline: "2021-06-21" });
  });

  it("counts working days, done on time and late, and the per-unit buckets in the fictional plan", async () => {
    const report = await json([SON_NGUYEN, "--as-of", "2024-09-10"]);
    expect(find(report.tasks, "tai-lieu-dat-dai", "dat-dai")).toMatchObject({ deadline: "2024-04-15", state: "done_on_time" });
    expect(find(report.tasks, "thong-bao-ket-luan", "dat-dai")).toMatchObject({ deadline: "2024-05-06", state: "done_late", daysOverdue: 2 });
    expect(find(report.tasks, "bao-cao-boi-thuong")).toMatchObject({ deadline: "2024-04-09", state: "done_late" });
    expect(find(report.tasks, "khao-sat-thanh-nien")).toMatchObject({ state: "overdue", daysOverdue: 11 });
    expect(find(report.tasks, "thong-bao-ket-luan", "thanh-nien")).toMatchObject({ state: "awaiting_schedule", earliestDeadline: "2024-10-10" });
    expect(report.units.find((u) => u.id === "ban-dan-van")).toEqual({
      id: "ban-dan-van",
      name: "Ban Dân vận Tỉnh ủy",
      doneOnTime: 1,
      doneLate: 1,
      open: 2,
      overdue: 0,
      completionRate: 1,
    });
    expect(report.units.find((u) => u.id === "tinh-doan")).toMatchObject({ overdue: 2, completionRate: 0 });
  });

  it("filters by unit, state, period and due window", async () => {
    const byUnit = await json([SON_NGUYEN, "--as-of", "2024-09-10", "--unit", "ubnd-tinh"]);
    expect(byUnit.tasks.map((t) => t.id)).toEqual(["kl-gia-dat-vuon", "bao-cao-boi-thuong", "kl-giao-dat-tai-dinh-cu"]);
    const overdue = await json([SON_NGUYEN, "--as-of", "2024-09-10", "--state", "overdue"]);
    expect(overdue.tasks.map((t) => t.id)).toEqual(["kl-viec-lam-thanh-nien", "khao-sat-thanh-nien"]);
    const q2 = await json([SON_NGUYEN, "--as-of", "2024-09-10", "--period", "q2"]);
    expect(q2.tasks.map((t) => t.id).sort()).toEqual([
      "bao-cao-boi-thuong",
      "dia-diem-tan-hoa",
      "kl-giao-dat-tai-dinh-cu",
      "kl-viec-lam-thanh-nien",
      "tai-lieu-dat-dai",
      "thong-bao-ket-luan",
    ]);
    const soon = await json([SEED, "--as-of", "2021-03-28", "--due-within", "5"]);
    expect(soon.tasks.map((t) => `${t.id}:${t.state}`)).toEqual(["bao-cao-tu-tuong:due_soon"]);
  });

  it("prints a text report with labels and the per-unit table, plain when not a terminal", async () => {
    const run = await dialogue(["status", SEED, "--as-of", "2021-04-01"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Tình hình thực hiện nhiệm vụ tính đến ngày 1/4/2021");
    expect(run.stdout).toMatch(/quá hạn\s+│ bao-cao-tu-tuong/);
    expect(run.stdout).not.toMatch(/│ tinh-doan|│ ban-dan-van/);
    // In 80 columns the per-unit headings are numbered, their full wording below the table.
    expect(cellTexts(run.stdout)).toEqual(expect.arrayContaining(["(1)", "(4)", "(5)"]));
    expect(run.stdout).toContain("(4) Đang thực hiện, quá hạn · (5) Tỷ lệ hoàn thành (trên số đã đến hạn)");
    expect(run.stdout).toContain("dòng 174");
    expect(run.stdout).not.toContain("\u001b[");
    const en = await dialogue(["status", SEED, "--as-of", "2021-04-01", "--lang", "en"]);
    expect(en.stdout).toContain("Tasks as of 2021-04-01");
    expect(en.stdout).toMatch(/overdue\s+│ bao-cao-tu-tuong/);
  });

  it("speaks the clerk's words: the four buckets, days overdue, the earliest day, and what a deadline waits for", async () => {
    const september = await dialogue(["status", SON_NGUYEN, "--as-of", "2024-09-10"]);
    expect(september.code, september.stderr).toBe(0);
    const words = (text: string) => cellTexts(text).join(" | ");
    const text = words(september.stdout);
    for (const phrase of ["quá hạn 83 ngày", "sớm nhất 10/10/2024", "chờ chốt lịch", "hoàn thành quá hạn", "chậm 13 ngày", "hoàn thành đúng hạn", "Tổng hợp theo đơn vị", "(trên số đã đến hạn)"])
      expect(text).toContain(phrase);
    for (const bucket of ["Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện, trong hạn", "Đang thực hiện, quá hạn"]) {
      const [first, second] = bucket.split(/ (?=\S+ hạn$)/);
      expect(text).toMatch(new RegExp(`${first}.*${second}`));
    }
    // After the session was held, a conclusion counted from its notice waits for the notice, not for a date.
    const may = await dialogue(["status", SON_NGUYEN, "--as-of", "2024-05-01"]);
    expect(words(may.stdout)).toContain("chờ ban hành thông báo");
    expect(words(may.stdout)).toContain("đang thực hiện");
    for (const out of [september.stdout, may.stdout]) expect(out).not.toMatch(/chờ lịch đối thoại|xong|trễ|không sớm hơn|quá \d/);
    const rows = (await json([SON_NGUYEN, "--as-of", "2024-05-01"])).tasks as unknown as Record<string, unknown>[];
    expect(rows.find((r) => r.id === "kl-gia-dat-vuon")).toMatchObject({ awaiting: "conclusions", state: "awaiting_schedule" });
    expect(rows.find((r) => r.id === "thong-bao-ket-luan" && r.session === "thanh-nien")).toMatchObject({ awaiting: "session", state: "awaiting_schedule" });
    // Done on 20/6, so still being worked on as of 1/5.
    expect(rows.find((r) => r.id === "kl-giao-dat-tai-dinh-cu")).toMatchObject({ awaiting: null, status: "in_progress", state: "open" });
  });

  it("a task nobody started is 'chưa thực hiện', one being worked on 'đang thực hiện'", async () => {
    const plan = copyExample(SEED, (t) => t);
    const march = await dialogue(["status", plan, "--as-of", "2021-03-01", "--unit", "tinh-doan"]);
    expect(march.stdout).toContain("chưa thực hiện");
    expect(march.stdout).not.toContain("đang thực hiện");
    expect((await dialogue(["task", plan, "bao-cao-tu-tuong", "in_progress", "--on", "2021-02-20"])).code).toBe(0);
    const later = await dialogue(["status", plan, "--as-of", "2021-03-01", "--unit", "tinh-doan"]);
    expect(later.stdout).toMatch(/đang thực hiện\s+│ bao-cao-tu-tuong/);
  });

  it("writes CSV for Excel with a BOM: Vietnamese headers, states and unit names, then the per-unit summary", async () => {
    const run = await dialogue(["status", SEED, "--as-of", "2021-04-01", "--format", "csv"]);
    const lines = run.stdout.split("\r\n");
    expect(lines[0]).toBe("\uFEFFSTT,Mã nhiệm vụ,Nội dung nhiệm vụ,Đơn vị thực hiện,Đơn vị phối hợp,Buổi đối thoại,Thời hạn,Thời hạn sớm nhất,Tình trạng,Số ngày quá hạn,Ngày hoàn thành,Văn bản báo cáo kết quả,Tệp kế hoạch,Dòng");
    expect(lines[1]).toMatch(/^1,bao-cao-tu-tuong,.*,Ban Thường vụ Tỉnh đoàn; Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh,.*,31\/3\/2021,,"Đang thực hiện, quá hạn",1,,,.*,174$/);
    const summary = lines.indexOf("Tổng hợp theo đơn vị tính đến ngày 1/4/2021");
    expect(summary).toBeGreaterThan(1);
    expect(lines[summary - 1]).toBe("");
    expect(lines[summary + 1]).toMatch(/^STT,Đơn vị,Tổng số nhiệm vụ,Hoàn thành đúng hạn,/);
    expect(lines).toContain("5,Ban Thường vụ Tỉnh đoàn,2,0,0,1,1,0%,tinh-doan");
    const en = await dialogue(["status", SEED, "--as-of", "2021-04-01", "--format", "csv", "--lang", "en"]);
    const enLines = en.stdout.split("\r\n");
    expect(enLines[0]).toMatch(/^\uFEFFNo\.?,/);
    expect(enLines[1]).toContain(",2021-03-31,");
    expect(en.stdout).not.toMatch(/Đang thực hiện|Tình trạng/);
  });

  it("exits 1 with --fail-on-overdue only when something is overdue", async () => {
    expect((await dialogue(["status", SEED, "--as-of", "2021-04-01", "--fail-on-overdue"])).code).toBe(1);
    expect((await dialogue(["status", SEED, "--as-of", "2021-03-01", "--fail-on-overdue"])).code).toBe(0);
  });

  it("refuses a wrong date, an unknown unit (with close matches) and an invalid plan with exit 2", async () => {
    const date = await dialogue(["status", SEED, "--as-of", "2021-02-30"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--as-of "2021-02-30" không phải ngày');
    const unit = await dialogue(["status", SEED, "--unit", "ban-dan-vn"]);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain("mã gần giống: ban-dan-van");
    const broken = copyExample(SEED, (t) => t.replace("[cong-an]", "[cong-ann]"));
    const invalid = await dialogue(["status", broken]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("không có đơn vị nào mang mã \"cong-ann\"");
    expect(invalid.stderr).toContain(`dialogue validate ${broken}`);
  });
});

describe("dialogue status as a clerk reads it", () => {
  it("fits 80 columns, lists the coming sessions with their dates above the tasks, and names units by name", async () => {
    const run = await dialogue(["status", SON_NGUYEN, "--as-of", "2024-09-10"]);
    expect(run.code).toBe(0);
    for (const line of run.stdout.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
    const sessions = run.stdout.indexOf("Các buổi đối thoại sắp tới");
    expect(sessions).toBeGreaterThan(0);
    expect(sessions).toBeLessThan(run.stdout.indexOf("Tình trạng"));
    expect(run.stdout).toMatch(/hoãn đến quý 4\/2024\s+thanh-nien: Thanh niên lập nghiệp/);
    expect(run.stdout).toMatch(/14\/11\/2024 hoặc 21\/11\/2024\s+doanh-nghiep:/);
    expect(run.stdout).not.toMatch(/\n {2}[^\n]*dat-dai:/); // held: not coming any more
    expect(run.stdout).toMatch(/│ Ban Thường vụ\s+│\n.*│ Tỉnh đoàn\s+│/);
    expect(run.stdout).not.toMatch(/│ (tinh-doan|ubnd-tinh|ban-dan-van)\s/);
  });

  it.runIf(HAS_TERMINAL)("heads the per-unit table in full words on a wide terminal, in at most three lines", () => {
    const command = `stty cols 150 rows 60; ${[process.execPath, BIN, "status", SON_NGUYEN, "--as-of", "2024-09-10"].map((s) => `'${s}'`).join(" ")}`;
    const screen = stripVTControlCharacters(execFileSync("script", ["-qfec", command, "/dev/null"], { encoding: "utf8", env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", LANG: "C.UTF-8", TERM: "xterm" } }));
    const summary = screen.slice(screen.indexOf("Tổng hợp theo đơn vị")).split(/\r?\n/);
    const headingLines = summary.slice(2, summary.findIndex((line, i) => i > 1 && line.startsWith("├")));
    expect(headingLines.length).toBeLessThanOrEqual(3);
    expect(headingLines[0]).toMatch(/│ Đơn vị\s+│ Hoàn thành\s+│ Hoàn thành\s+│ Đang thực hiện,\s+│ Đang thực hiện,\s+│ Tỷ lệ hoàn thành\s+│/);
    expect(screen).not.toContain("(1) Hoàn thành đúng hạn");
  });

  it("says which file each row comes from when there are several, and states the period in the title", async () => {
    const run = await dialogue(["status", SEED, SON_NGUYEN, "--as-of", "2024-09-10", "--period", "2024-6m"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n\n")[0].replace(/\n/g, " ")).toBe("Nhiệm vụ có thời hạn từ 1/1/2024 đến 30/6/2024: tình hình tính đến ngày 10/9/2024");
    expect(run.stdout).toMatch(/│ ke-hoach-doi-thoai-2024\s+│.*\n│\s+│ -son-nguyen\.yaml:159\s+│/);
    expect(run.stdout).toMatch(/doanh-nghiep: .*\n\s+\(ke-hoach-doi-thoai-2024-son-nguyen\.yaml\)/);
    const en = await dialogue(["status", SON_NGUYEN, "--as-of", "2024-09-10", "--period", "2024-6m", "--lang", "en"]);
    expect(en.stdout.split("\n")[0]).toBe("Tasks due from 2024-01-01 to 2024-06-30, as of 2024-09-10");
    expect(en.stdout).toContain("Coming dialogue sessions");
  });
});

/**
 * The text of each cell of the status tables, its wrapped lines joined by spaces (the table wraps
 * words inside narrow columns), and every line outside the tables as it stands.
 */
function cellTexts(output: string): string[] {
  const cells: string[] = [];
  let row: string[][] = [];
  const flush = () => {
    cells.push(...row.map((parts) => parts.join(" ").replace(/\s+/g, " ").trim()).filter(Boolean));
    row = [];
  };
  for (const line of output.split("\n")) {
    if (!line.startsWith("│")) {
      flush();
      if (!/^[┌├└]/.test(line)) cells.push(line.trim());
      continue;
    }
    line.slice(1, -1).split("│").forEach((part, i) => (row[i] ??= []).push(part.trim()));
  }
  flush();
  return cells;
}

describe("the text table of the built tool", () => {
  // The build changes how cli-table3 measures and what it logs (scripts/build.mjs, fast-tables);
  // the tables must come out as cli-table3 draws them itself, here in-process from the sources.
  it.each([{ NO_COLOR: "1" }, { FORCE_COLOR: "1" }])("is drawn as cli-table3 draws it, with %j", async (colour) => {
    const args = ["status", SEED, SON_NGUYEN, join(ROOT, "examples/ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml"), "--as-of", "2025-06-30", "--no-cache"];
    const quiet = { PATH: process.env.PATH, HOME: tempDir(), LANG: "C.UTF-8", ...colour };
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, columns: undefined };
    const inProcess = await main(args, quiet, new Date(), io);
    const built = await dialogue(args, { env: { ...colour, NO_COLOR: colour.NO_COLOR } });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout.split("\n").length).toBeGreaterThan(100);
    expect(built.stdout.includes("\u001b[")).toBe("FORCE_COLOR" in colour);
    expect(built.stdout).toBe(inProcess.stdout);
  });
});
