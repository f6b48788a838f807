import { execFile, execFileSync, spawnSync } from "node:child_process";
import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";
import { BIN, copyExample, dialogue, ROOT, SON_NGUYEN, tempDir } from "../helpers/cli.js";
import { hasCalc, readWithCalc, XlsxFile, type CalcCell } from "../helpers/spreadsheet.js";

const AS_OF = ["--as-of", "2024-09-10"];

/** The real binary with stdout kept as bytes, and the environment given in full. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.DIALOGUE_TEST_TOOL_TMPDIR, NO_COLOR: "1", LANG: "C.UTF-8" };
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...base, ...env }, encoding: "buffer" }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr: stderr.toString("utf8") }),
    );
  });
}

async function workbook(plan: string, ...args: string[]): Promise<{ file: string; bytes: Buffer }> {
  const file = join(tempDir(), "bao-cao.xlsx");
  const result = await run(["status", plan, ...AS_OF, "-o", file, ...args]);
  expect(result.code, result.stderr).toBe(0);
  return { file, bytes: readFileSync(file) };
}

interface JsonReport {
  tasks: { id: string; title: string; deadline: string | null; earliestDeadline: string | null; completedOn: string | null; daysOverdue: number; line: number; evidence: string | null }[];
  units: { id: string; name: string; doneOnTime: number; doneLate: number; open: number; overdue: number; completionRate: number | null }[];
}

/** Excel's serial day number of a date (days since 30/12/1899). */
const serial = (day: string) => String((Date.parse(`${day}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe("dialogue status --format xlsx", () => {
  it("gives the same bytes through -o and through a pipe, under any time zone and at any time; the zip's times are the day judged on", async () => {
    const { bytes } = await workbook(SON_NGUYEN);
    const piped = await run(["status", SON_NGUYEN, ...AS_OF, "--format", "xlsx"]);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(Buffer.compare(piped.stdout, bytes)).toBe(0);
    for (const TZ of ["America/Los_Angeles", "Pacific/Kiritimati", "Asia/Ho_Chi_Minh"]) {
      const other = await run(["status", SON_NGUYEN, ...AS_OF, "--format", "xlsx"], { TZ });
      expect(Buffer.compare(other.stdout, bytes), TZ).toBe(0);
    }
    // The first entry's local header: DOS time at offset 10, date at 12 (10/9/2024, 12:00).
    expect(bytes.readUInt16LE(12)).toBe(((2024 - 1980) << 9) | (9 << 5) | 10);
    expect(bytes.readUInt16LE(10)).toBe(12 << 11);
    const later = await run(["status", SON_NGUYEN, "--as-of", "2024-09-11", "--format", "xlsx"]);
    expect(later.stdout.readUInt16LE(12)).toBe(((2024 - 1980) << 9) | (9 << 5) | 11);
  });

  it("keeps the header in view, an id like 0930 as text, dates as numbers shown d/m/yyyy, the rate as a percentage", async () => {
    const plan = copyExample(SON_NGUYEN, (text) => text.replace("id: khao-sat-thanh-nien", 'id: "0930"'));
    const book = new XlsxFile((await workbook(plan)).bytes);
    expect(book.sheetNames()).toEqual(["Nhiệm vụ", "Tổng hợp theo đơn vị"]);
    for (const n of [1, 2]) {
      const pane = book.sheet(n).getElementsByTagName("pane")[0];
      expect(pane?.getAttribute("state"), `sheet ${n}`).toBe("frozen");
      expect(pane?.getAttribute("ySplit")).toBe("2");
      expect(pane?.getAttribute("topLeftCell")).toBe("A3");
    }
    const tasks = book.cells(1);
    const id = [...tasks.entries()].find(([, cell]) => cell.text === "0930");
    expect(id, "a cell holding 0930").toBeDefined();
    expect(id![1]).toMatchObject({ type: "s", format: "@" });
    const row = id![0].slice(1);
    const deadline = tasks.get(`G${row}`)!;
    expect(deadline).toEqual({ type: null, raw: serial("2024-08-30"), text: serial("2024-08-30"), format: "d/m/yyyy" });
    expect(tasks.get("G2")?.text).toBe("Thời hạn");
    const units = book.cells(2);
    expect(units.get("H2")?.text).toBe("Tỷ lệ hoàn thành (trên số đã đến hạn)");
    expect(units.get("H3")).toMatchObject({ type: null, raw: "1", format: "0%" });
    expect(units.get("I3")).toMatchObject({ type: "s", text: "ban-dan-van", format: "@" });
  });

  it.skipIf(!hasCalc())("opens in LibreOffice: Vietnamese headers, dates as dates, the summary sheet, the rows and figures of --format json", async () => {
    const { file } = await workbook(SON_NGUYEN);
    const json = JSON.parse((await dialogue(["status", SON_NGUYEN, ...AS_OF, "--format", "json"])).stdout) as JsonReport;
    const [tasks, units] = readWithCalc(file);

    expect(tasks.name).toBe("Nhiệm vụ");
    expect(tasks.rows[0]).toEqual([{ type: "string", value: "Tình hình thực hiện nhiệm vụ tính đến ngày 10/9/2024" }]);
    const head = tasks.rows[1].map((c) => c?.value);
    expect(head).toEqual(["STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Buổi đối thoại", "Thời hạn", "Thời hạn sớm nhất", "Tình trạng", "Số ngày quá hạn", "Ngày hoàn thành", "Văn bản báo cáo kết quả", "Tệp kế hoạch", "Dòng"]);
    const body = tasks.rows.slice(2).filter((r) => r.length);
    expect(body).toHaveLength(json.tasks.length);
    const at = (row: (CalcCell | null)[], name: string) => row[head.indexOf(name)] ?? null;
    const date = (day: string | null) => (day ? { type: "date", value: day } : null);
    json.tasks.forEach((task, i) => {
      const row = body[i];
      expect(at(row, "STT")).toEqual({ type: "float", value: String(i + 1) });
      expect(at(row, "Mã nhiệm vụ")).toEqual({ type: "string", value: task.id });
      expect(at(row, "Nội dung nhiệm vụ")?.value).toBe(task.title);
      expect(at(row, "Thời hạn")).toEqual(date(task.deadline));
      expect(at(row, "Thời hạn sớm nhất")).toEqual(date(task.earliestDeadline));
      expect(at(row, "Ngày hoàn thành")).toEqual(date(task.completedOn));
      expect(at(row, "Số ngày quá hạn")).toEqual(task.daysOverdue ? { type: "float", value: String(task.daysOverdue) } : null);
      expect(at(row, "Văn bản báo cáo kết quả")?.value ?? null).toBe(task.evidence);
      expect(at(row, "Dòng")).toEqual({ type: "float", value: String(task.line) });
    });
    const state = (id: string) => at(body[json.tasks.findIndex((t) => t.id === id)], "Tình trạng")?.value;
    expect(state("kl-viec-lam-thanh-nien")).toBe("Đang thực hiện, quá hạn");
    expect(state("kl-gia-dat-vuon")).toBe("Hoàn thành quá hạn");
    expect(state("kl-giao-dat-tai-dinh-cu")).toBe("Hoàn thành đúng hạn");
    expect(state("thong-bao-ket-luan")).toBe("Đang thực hiện, trong hạn (chờ chốt lịch)");
    expect(at(body[0], "Đơn vị thực hiện")?.value).toBe("Ban Thường vụ Tỉnh đoàn");

    expect(units.name).toBe("Tổng hợp theo đơn vị");
    expect(units.rows[1].map((c) => c?.value)).toEqual([
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
    const figures = units.rows.slice(2, 2 + json.units.length).map((row) => ({
      id: row[8]?.value,
      name: row[1]?.value,
      doneOnTime: Number(row[3]?.value),
      doneLate: Number(row[4]?.value),
      open: Number(row[5]?.value),
      overdue: Number(row[6]?.value),
      completionRate: row[7] ? Number(row[7].value) : null,
    }));
    expect(figures).toEqual(json.units);
    expect(units.rows.slice(2, 2 + json.units.length).every((row) => row[7] === null || row[7].type === "percentage")).toBe(true);
    expect(units.rows[2 + json.units.length]).toEqual([]);
    expect(units.rows[3 + json.units.length]?.[0]?.value).toMatch(/^Tỷ lệ hoàn thành \(trên số đã đến hạn\) = /);
  });

  it("speaks English with --lang en: sheet names, headers, states", async () => {
    const book = new XlsxFile((await workbook(SON_NGUYEN, "--lang", "en")).bytes);
    expect(book.sheetNames()).toEqual(["Tasks", "Summary by unit"]);
    const strings = book.sharedStrings();
    expect(strings).toEqual(expect.arrayContaining(["Tasks as of 2024-09-10", "Task id", "Deadline", "Open, overdue", "Done on time", "Completion rate (of those due)"]));
    expect(strings.filter((s) => /Hoàn thành|Đang thực hiện|Nhiệm vụ|Thời hạn/.test(s))).toEqual([]);
  });

  it("carries no speaker's name or address", async () => {
    const plan = parse(readFileSync(SON_NGUYEN, "utf8")) as { sessions: { record?: { opinions?: { speaker: { name: string; address?: string } }[] } }[] };
    const personal = plan.sessions.flatMap((s) => s.record?.opinions ?? []).flatMap((o) => [o.speaker.name, o.speaker.address ?? ""]).filter(Boolean);
    expect(personal.length).toBeGreaterThan(2);
    const { bytes } = await workbook(SON_NGUYEN);
    const text = new XlsxFile(bytes).sharedStrings().join("\n");
    for (const datum of personal) expect(text).not.toContain(datum);
  });
});

describe("dialogue status -o / --output", () => {
  it("takes the format from the file's name and says what it wrote", async () => {
    const dir = tempDir();
    const result = await run(["status", SON_NGUYEN, ...AS_OF, "-o", join(dir, "bao-cao.csv")]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.toString("utf8")).toBe(`đã ghi ${join(dir, "bao-cao.csv")}: 11 nhiệm vụ.\n`);
    expect(readFileSync(join(dir, "bao-cao.csv"), "utf8")).toMatch(/^\uFEFFSTT,Mã nhiệm vụ,/);
  });

  it("writes the text table without colour codes, even when colour is forced", async () => {
    const file = join(tempDir(), "bao-cao.txt");
    const coloured = await run(["status", SON_NGUYEN, ...AS_OF], { NO_COLOR: undefined, FORCE_COLOR: "1" });
    expect(coloured.stdout.toString("utf8")).toContain("\u001b[");
    const result = await run(["status", SON_NGUYEN, ...AS_OF, "-o", file], { NO_COLOR: undefined, FORCE_COLOR: "1" });
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("Tình hình thực hiện nhiệm vụ tính đến ngày 10/9/2024");
    expect(text).not.toContain("\u001b[");
  });

  it.each<[string, string[], string]>([
    ["a format the file's name contradicts", ["--format", "csv", "-o", "bao-cao.xlsx"], "--format csv nhưng tệp bao-cao.xlsx có đuôi .xlsx; hãy bỏ --format, hoặc đặt tên tệp là bao-cao.csv."],
    ["the plan itself as the output", ["-o", "PLAN"], "là tệp kế hoạch đang được đọc; hãy ghi báo cáo vào tệp khác (ví dụ -o bao-cao.xlsx)."],
    ["a folder as the output", ["-o", "DIR"], "DIR là một thư mục, không phải tệp; dialogue chỉ ghi đè tệp thông thường nên để nguyên nó. Hãy chọn đường dẫn khác với -o."],
    ["a path through a file", ["-o", "PLAN/bao-cao.json"], "không ghi được vào PLAN/bao-cao.json: một phần của đường dẫn là tệp, không phải thư mục."],
    ["a folder's name, not there yet", ["-o", "DIR/moi/"], "DIR/moi/ là tên một thư mục (kết thúc bằng dấu /); hãy ghi cả tên tệp sau dấu / đó."],
  ])("refuses %s with exit 2, writing nothing", async (_, args, message) => {
    const plan = copyExample(SON_NGUYEN);
    const before = readFileSync(plan, "utf8");
    const dir = join(plan, "..");
    const result = await run(["status", plan, ...AS_OF, ...args.map((a) => a.replace("PLAN", plan).replace("DIR", dir))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message.replace("DIR", dir).replace("PLAN", plan));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(plan, "utf8")).toBe(before);
    expect(result.stdout.length).toBe(0);
    expect(readdirSync(dir)).toEqual(["plan.yaml"]);
  });

  it("never writes through a link, nor over a pipe, as render and calendar do not", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "elsewhere.csv"), "old\n");
    symlinkSync(join(dir, "elsewhere.csv"), join(dir, "link.csv"));
    const link = await run(["status", SON_NGUYEN, ...AS_OF, "-o", join(dir, "link.csv")]);
    expect([link.code, link.stderr]).toEqual([2, `${join(dir, "link.csv")} là liên kết mềm (lối tắt, trỏ tới ${join(dir, "elsewhere.csv")}); dialogue không bao giờ ghi qua liên kết, vì có thể làm thay đổi một tệp ở ngoài thư mục ghi văn bản. Hãy xóa liên kết, hoặc chọn đường dẫn khác với -o.\n`]);
    expect(lstatSync(join(dir, "link.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "elsewhere.csv"), "utf8")).toBe("old\n");
    execFileSync("mkfifo", [join(dir, "pipe.json")]);
    const pipe = await run(["status", SON_NGUYEN, ...AS_OF, "-o", join(dir, "pipe.json")]);
    expect(pipe.code).toBe(2);
    expect(pipe.stderr).toContain("là một đường ống (FIFO), không phải tệp");
    expect(lstatSync(join(dir, "pipe.json")).isFIFO()).toBe(true);
  });

  it("removes what a run killed while writing left beside the report, once that run is gone", async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const leftover = join(dir, `.bao-cao.json.${dead}.k3x9q2zd.tmp`);
    const another = join(dir, `.khac.json.${dead}.k3x9q2zd.tmp`);
    for (const file of [leftover, another]) writeFileSync(file, "{ half a report");
    const result = await run(["status", SON_NGUYEN, ...AS_OF, "-o", join(dir, "bao-cao.json")]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([".khac.json." + dead + ".k3x9q2zd.tmp", "bao-cao.json"]);
  });

  it("refuses to put a workbook on a terminal, and pipes it otherwise", async () => {
    const io = (tty: boolean) => ({ stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), stdinIsTTY: tty, stdoutIsTTY: tty, stderrIsTTY: tty, columns: tty ? 100 : undefined });
    const args = ["status", SON_NGUYEN, ...AS_OF, "--format", "xlsx"];
    const onTerminal = await main(args, { LANG: "C.UTF-8" }, new Date(), io(true));
    expect(onTerminal.code).toBe(2);
    expect(onTerminal.stdout).toBe("");
    expect(onTerminal.stderr).toBe("bảng tính Excel không hiện được trên màn hình; hãy ghi vào tệp: thêm -o bao-cao.xlsx.\n");
    const english = await main([...args, "--lang", "en"], {}, new Date(), io(true));
    expect(english.stderr).toBe("an Excel workbook cannot be shown in a terminal; write it to a file: add -o report.xlsx.\n");
    const piped = await main(args, { LANG: "C.UTF-8" }, new Date(), io(false));
    expect(piped.code, String(piped.stderr)).toBe(0);
    expect(piped.stdout).toBeInstanceOf(Uint8Array);
    expect(new XlsxFile(piped.stdout as Uint8Array).sheetNames()).toEqual(["Nhiệm vụ", "Tổng hợp theo đơn vị"]);
  });
});
