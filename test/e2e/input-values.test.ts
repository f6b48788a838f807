import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED, tempDir } from "../helpers/cli.js";

/** The task's block in the plan text, from its id to the next task. */
const taskBlock = (text: string, id: string) => text.slice(text.indexOf(`- id: ${id}`), text.indexOf("- id:", text.indexOf(`- id: ${id}`) + 5));
const sessionBlock = (text: string, id: string) => text.slice(text.indexOf(`- id: ${id}`), text.indexOf("\n  - id:", text.indexOf(`- id: ${id}`)));

describe("values typed as clerks write them (#16.2)", () => {
  it.each([
    [["--date", "20/4/2021", "--time", "8h"], "2021-04-20", "08:00"],
    [["--date", "20/04/2021", "--time", "8:00"], "2021-04-20", "08:00"],
    [["--date", "2021-04-20", "--time", "8 giờ 30"], "2021-04-20", "08:30"],
    [["--date", "5/5/2021", "--time", "14h30"], "2021-05-05", "14:30"],
  ])("session %j is stored as %s at %s and said in Vietnamese", async (args, date, time) => {
    const file = copyExample(SEED);
    const run = await dialogue(["session", file, "khoi-nghiep", ...args, "--on", "25/3/2021"]);
    expect(run.code, run.stderr).toBe(0);
    const [y, m, d] = date.split("-").map(Number);
    expect(run.stdout).toBe(`${file}: buổi đối thoại khoi-nghiep đã chốt lịch ngày ${d}/${m}/${y} lúc ${time}.\n`);
    const block = sessionBlock(readFileSync(file, "utf8"), "khoi-nghiep");
    expect(block).toContain(`date: ${date}`);
    expect(block).toContain(`time: ${time}`);
    expect(block).toContain("on: 2021-03-25");
  });

  it.each([
    ["--date", "31/4/2026", '--date "31/4/2026" không phải ngày có thật (tháng 4/2026 chỉ có 30 ngày).'],
    ["--date", "29/02/2026", '--date "29/02/2026" không phải ngày có thật (tháng 2/2026 chỉ có 28 ngày).'],
    ["--date", "2026-13-01", '--date "2026-13-01" không phải ngày có thật (không có tháng 13).'],
    // Day 0 is no day of any month: said as such, not as the month's length.
    ["--date", "0/4/2026", '--date "0/4/2026" không phải ngày có thật (ngày bắt đầu từ 1).'],
    ["--date", "20-4", '--date "20-4" không phải ngày; hãy viết ngày/tháng/năm (ví dụ 20/4/2026) hoặc 2026-04-20.'],
    ["--on", "ngày mai", '--on "ngày mai" không phải ngày; hãy viết ngày/tháng/năm (ví dụ 20/4/2026) hoặc 2026-04-20.'],
  ])("refuses %s %s strictly, with validate's wording, writing nothing", async (option, value, said) => {
    const file = copyExample(SEED);
    const before = readFileSync(file, "utf8");
    const args = option === "--on" ? ["--date", "20/4/2021", option, value] : [option, value];
    const run = await dialogue(["session", file, "khoi-nghiep", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(said + "\n");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it.each(["25:00", "8h75", "tám giờ", "8.00.00"])("refuses the time %j, saying how to write one", async (time) => {
    const run = await dialogue(["session", copyExample(SEED), "khoi-nghiep", "--date", "20/4/2021", "--time", time]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`--time "${time}" không phải giờ; hãy viết 8:00, 08:30, 8h hoặc 14h30.\n`);
  });

  it.each([
    ["xong", "done"],
    ["hoàn thành", "done"],
    ["Hoàn Thành", "done"],
    ["hoan thanh", "done"],
    ["đang làm", "in_progress"],
    ["đang thực hiện", "in_progress"],
    ["dang thuc hien", "in_progress"],
    ["chưa thực hiện", "open"],
    ["chua thuc hien", "open"],
    ["hủy", "cancelled"],
    ["huỷ", "cancelled"],
    ["huy", "cancelled"],
  ])("task status %j is recorded as %s", async (word, code) => {
    const file = copyExample(SEED);
    const run = await dialogue(["task", file, "bao-cao-tu-tuong", word, "--on", "30/3/2021"]);
    expect(run.code, run.stderr).toBe(0);
    const block = taskBlock(readFileSync(file, "utf8"), "bao-cao-tu-tuong");
    expect(block).toContain(`status: ${code}`);
    if (code === "done") {
      expect(block).toContain("completedOn: 2021-03-30");
      expect(run.stdout).toContain("hoàn thành ngày 30/3/2021");
    }
  });

  it("still refuses a word that is no status, listing the codes with their Vietnamese names", async () => {
    const run = await dialogue(["task", copyExample(SEED), "bao-cao-tu-tuong", "tốt"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("open (chưa thực hiện), in_progress (đang thực hiện), done (đã hoàn thành)");
  });

  it("status --as-of 1/4/2021 is the report of 2021-04-01", async () => {
    const iso = await dialogue(["status", SEED, "--as-of", "2021-04-01", "--format", "json"]);
    const vi = await dialogue(["status", SEED, "--as-of", "1/4/2021", "--format", "json"]);
    expect(vi.code, vi.stderr).toBe(0);
    expect(vi.stdout).toBe(iso.stdout);
    expect(JSON.parse(vi.stdout).asOf).toBe("2021-04-01");
  });

  it.each([
    ["Q4/2021", "quarter: 2021-Q4", "quý IV/2021"],
    ["10/2021", "month: 2021-10", "tháng 10/2021"],
    ["15/10/2021", "date: 2021-10-15", "ngày 15/10/2021"],
  ])("--postpone-to %s is stored as %s", async (target, stored, said) => {
    const file = copyExample(SEED);
    const run = await dialogue(["session", file, "khoi-nghiep", "--postpone-to", target, "--reason", "Trùng lịch công tác", "--on", "1/4/2021"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`hoãn sang ${said}.`);
    expect(sessionBlock(readFileSync(file, "utf8"), "khoi-nghiep")).toContain(stored);
  });

  it("numbers are numbers: --due-within and init --year say so in their own words", async () => {
    const due = await dialogue(["status", SEED, "--due-within", "bảy"]);
    expect(due.code).toBe(2);
    expect(due.stderr).toBe('--due-within "bảy" phải là số nguyên, viết bằng chữ số (ví dụ 7).\n');
    const year = await dialogue(["init", "k.yaml", "--yes", "--province", "Quảng Ngãi", "--signer", "Họ Tên", "--year", "abc"], { cwd: tempDir() });
    expect(year.code).toBe(2);
    expect(year.stderr).toBe('--year "abc" phải là số nguyên, viết bằng chữ số (ví dụ 2026).\n');
    const far = await dialogue(["init", "k.yaml", "--yes", "--province", "Quảng Ngãi", "--signer", "Họ Tên", "--year", "2500"], { cwd: tempDir() });
    expect(far.stderr).toBe('--year "2500": năm của kế hoạch phải trong khoảng 2000–2100.\n');
  });

  it("one-line text: a note on two lines is refused, runs of spaces become one", async () => {
    const file = copyExample(SEED);
    const two = await dialogue(["task", file, "bao-cao-tu-tuong", "in_progress", "--note", "Đã nhận\nbáo cáo"]);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe("--note phải viết trên một dòng.\n");
    const spaced = await dialogue(["task", file, "bao-cao-tu-tuong", "in_progress", "--note", "  Đã  nhận báo cáo ", "--on", "2/4/2021"]);
    expect(spaced.code, spaced.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("text: Đã nhận báo cáo");
  });
});

describe("messages show dates as 20/4/2026, never ISO (#16.2)", () => {
  it("validate's warnings about dates name the day as Vietnamese text writes it", async () => {
    const file = copyExample(SEED, (t) => t.replace("on: 2021-03-31 #", "on: 2023-03-31 #"));
    const run = await dialogue(["validate", file]);
    expect(run.stdout).toContain("ngày 31/3/2023 cách xa năm kế hoạch 2021");
    expect(run.stdout).toContain("nội dung ghi ngày 31/3/2021 nhưng thời hạn (deadline) ghi ngày 31/3/2023");
    const messages = run.stdout.split("\n").map((line) => line.split("  ").slice(3).join("  "));
    expect(messages.join("\n")).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("a held date still to come is named 5/1 and the --date it suggests is written the same way", async () => {
    const next = new Date().getFullYear() + 1;
    const run = await dialogue(["session", copyExample(SEED), "khoi-nghiep", "--held-on", `5/1/${next}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(run.stderr).toContain(`--date 5/1/${next}`);
  });
});
