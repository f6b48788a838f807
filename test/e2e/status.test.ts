import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED, SON_NGUYEN } from "../helpers/cli.js";

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
    expect(run.stdout).toMatch(/Đang thực hiện,\s+│[^\n]*\n[^\n]*quá hạn/);
    expect(run.stdout).toContain("dòng 174");
    expect(run.stdout).not.toContain("\u001b[");
    const en = await dialogue(["status", SEED, "--as-of", "2021-04-01", "--lang", "en"]);
    expect(en.stdout).toContain("Tasks as of 2021-04-01");
    expect(en.stdout).toMatch(/overdue\s+│ bao-cao-tu-tuong/);
  });

  it("speaks the clerk's words: the four buckets, days overdue, the earliest day, and what a deadline waits for", async () => {
    const september = await dialogue(["status", SON_NGUYEN, "--as-of", "2024-09-10"]);
    expect(september.code, september.stderr).toBe(0);
    const words = (text: string) => text.replace(/[│┌┐└┘├┤┬┴┼─\s]+/g, " ");
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

  it("writes CSV with a BOM for Excel", async () => {
    const run = await dialogue(["status", SEED, "--as-of", "2021-04-01", "--format", "csv"]);
    const [header, first] = run.stdout.split("\r\n");
    expect(header).toBe("\uFEFFid,file,line,unit,units,coordinating,session,title,deadline,earliestDeadline,state,daysOverdue,completedOn,evidence");
    expect(first).toMatch(/^bao-cao-tu-tuong,.*,2021-03-31,,overdue,1,,$/);
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
