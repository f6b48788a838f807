import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED, SON_NGUYEN } from "../helpers/cli.js";
import { readOnlyFolder, smallDisk } from "../helpers/filesystems.js";

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

  it("undoes a mistaken done with open: the completion date and the evidence go, the notes stay; again, nothing changes", async () => {
    const file = copyExample(SON_NGUYEN);
    const run = await dialogue(["task", file, "bao-cao-boi-thuong", "open"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${file}: đã ghi nhiệm vụ bao-cao-boi-thuong: chưa thực hiện. Đã bỏ ngày hoàn thành 12/4/2024 và văn bản báo cáo kết quả "Báo cáo số 88/BC-UBND ngày 12/4/2024".\n`);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("completedOn: 2024-04-12");
    expect(text).not.toContain("Báo cáo số 88/BC-UBND ngày 12/4/2024");
    expect((await dialogue(["validate", file])).code).toBe(0);
    const again = await dialogue(["task", file, "bao-cao-boi-thuong", "open"]);
    expect(again.stdout).toBe(`${file}: nhiệm vụ bao-cao-boi-thuong đã được ghi là chưa thực hiện; không thay đổi gì.\n`);
    expect(readFileSync(file, "utf8")).toBe(text);
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
    // A completion still to come: status would keep the task overdue while the plan says done.
    const future = await dialogue(["task", file, "bao-cao-ly-son", "xong", "--on", "31/12/2099"]);
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/^--on: ngày hoàn thành 31\/12\/2099 chưa tới \(hôm nay là \d+\/\d+\/20\d\d theo giờ Việt Nam\)/);
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
    const notADay = await dialogue(["session", file, "ly-son", "--postpone-to", "31/9/2021", "--reason", "Dịch bệnh"]);
    expect([notADay.code, notADay.stderr.trim()]).toEqual([2, '--postpone-to "31/9/2021" không phải ngày có thật (tháng 9/2021 chỉ có 30 ngày).']);
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
    expect(run.stderr).toContain("một trong --date, --held-on, --postpone-to, --cancel hoặc --undo-held");
  });
});

describe("dialogue session records the truth", () => {
  const history = (text: string, id: string) => {
    const block = text.split(`  - id: ${id}\n`)[1].split(/\n {2}- id: |\n\n\S/)[0];
    return block.includes("history:") ? block.split("    history:\n")[1] : "";
  };

  it("moving a session from its exact planned date records where it moved from", async () => {
    const file = copyExample(SEED, (t) => t.replace('    planned:\n      month: "2021-04"', "    planned:\n      date: 2021-04-20"));
    const run = await dialogue(["session", file, "khoi-nghiep", "--date", "2021-04-22", "--on", "2021-04-01"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${file}: buổi đối thoại khoi-nghiep dời từ ngày 20/4/2021 sang ngày 22/4/2021.\n`);
    expect(history(readFileSync(file, "utf8"), "khoi-nghiep")).toBe("      - on: 2021-04-01\n        change: moved\n        from: 2021-04-20\n        to: 2021-04-22\n");
  });

  it("a fixed date or a held date clears the postponement's target and reason", async () => {
    const file = copyExample(SEED);
    await dialogue(["session", file, "ly-son", "--postpone-to", "2021-Q4", "--reason", "Dịch bệnh", "--on", "2021-07-01"]);
    const fixed = await dialogue(["session", file, "ly-son", "--date", "2021-10-15", "--on", "2021-09-20"]);
    expect(fixed.code, fixed.stderr).toBe(0);
    let text = readFileSync(file, "utf8");
    expect(text).not.toContain("postponedTo");
    expect(text).not.toContain("\n    reason: Dịch bệnh");
    expect(history(text, "ly-son")).toContain("      - on: 2021-09-20\n        change: scheduled\n        to: 2021-10-15\n");
    await dialogue(["session", file, "ly-son", "--postpone-to", "2021-12", "--reason", "Mưa lũ", "--on", "2021-10-10"]);
    expect((await dialogue(["session", file, "ly-son", "--held-on", "2021-12-03", "--on", "2021-12-03"])).code).toBe(0);
    text = readFileSync(file, "utf8");
    expect(text).not.toContain("postponedTo");
    expect(text).not.toContain("\n    reason: Mưa lũ");
    expect((await dialogue(["validate", file])).code).toBe(0);
  });

  it.each([
    [["--date", "2021-04-20", "--time", "08:00"], "đã chốt lịch ngày 20/4/2021 lúc 08:00."],
    [["--held-on", "2021-04-20"], "đã tổ chức ngày 20/4/2021."],
    [["--postpone-to", "2021-q4", "--reason", "Dịch bệnh"], "hoãn sang quý IV/2021."],
    [["--cancel", "--reason", "Đã giải quyết"], "đã hủy."],
  ])("repeating %j changes nothing and says so: one history entry", async (args, said) => {
    const file = copyExample(SEED);
    const first = await dialogue(["session", file, "khoi-nghiep", ...args, "--on", "2021-04-01"]);
    expect(first.stdout).toBe(`${file}: buổi đối thoại khoi-nghiep ${said}\n`);
    const text = readFileSync(file, "utf8");
    const again = await dialogue(["session", file, "khoi-nghiep", ...args, "--on", "2021-04-02"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(`${file}: buổi đối thoại khoi-nghiep đã được ghi như vậy từ trước; không thay đổi gì.\n`);
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(history(text, "khoi-nghiep").match(/- on:/g)).toHaveLength(1);
  });

  it.each([
    [["--date", "2021-04-20", "--held-on", "2021-04-20"], "mỗi lần chỉ ghi một thay đổi: --date, --held-on không dùng cùng nhau."],
    [["--cancel", "--postpone-to", "2021-Q4", "--reason", "x"], "mỗi lần chỉ ghi một thay đổi: --postpone-to, --cancel không dùng cùng nhau."],
    [["--date", "2021-04-20", "--reason", "Trùng lịch"], "--reason chỉ dùng kèm --postpone-to hoặc --cancel (lý do hoãn, hủy), không dùng với --date."],
    [["--held-on", "2021-04-20", "--time", "08:00"], "--time chỉ dùng kèm --date (chốt lịch), không dùng với --held-on."],
    [["--cancel", "--reason", "   "], "--reason không được để trống."],
    [["--date", "2021-04-20", "--venue", ""], "--venue không được để trống."],
  ])("refuses %j, writing nothing", async (args, said) => {
    const file = copyExample(SEED);
    const before = readFileSync(file, "utf8");
    const run = await dialogue(["session", file, "khoi-nghiep", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(said);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("refuses a held date still to come, pointing at --date", async () => {
    const file = copyExample(SEED);
    const next = `${new Date().getFullYear() + 1}-01-05`;
    const run = await dialogue(["session", file, "khoi-nghiep", "--held-on", next]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--held-on: ngày 5/1/${new Date().getFullYear() + 1} chưa tới (hôm nay là `);
    expect(run.stderr).toContain(`Nếu buổi đối thoại đã chốt lịch vào ngày đó: dialogue session ${file} khoi-nghiep --date 5/1/${new Date().getFullYear() + 1}`);
  });

  it("refuses to reschedule a held session, and the commands it names correct a mistaken record", async () => {
    const file = copyExample(SEED);
    await dialogue(["session", file, "khoi-nghiep", "--date", "2021-04-20", "--on", "2021-03-25"]);
    await dialogue(["session", file, "khoi-nghiep", "--held-on", "2021-04-21", "--on", "2021-04-21"]);
    const moved = await dialogue(["session", file, "khoi-nghiep", "--date", "2021-04-27"]);
    expect(moved.code).toBe(2);
    expect(moved.stderr).toContain("buổi đối thoại khoi-nghiep đã được ghi là đã tổ chức ngày 21/4/2021, nên không ghi thay đổi lịch được nữa.");
    expect(moved.stderr).toContain(`Nếu ghi nhầm ngày tổ chức: dialogue session ${file} khoi-nghiep --held-on <ngày>.`);
    expect(moved.stderr).toContain(`Nếu thật ra buổi đối thoại chưa diễn ra: dialogue session ${file} khoi-nghiep --undo-held`);
    expect((await dialogue(["session", file, "khoi-nghiep", "--cancel", "--reason", "x"])).stderr).toContain("nên không ghi thay đổi lịch được nữa");

    const corrected = await dialogue(["session", file, "khoi-nghiep", "--held-on", "2021-04-20"]);
    expect(corrected.stdout).toBe(`${file}: đã sửa ngày tổ chức buổi đối thoại khoi-nghiep thành 20/4/2021 (trước ghi 21/4/2021).\n`);
    expect(history(readFileSync(file, "utf8"), "khoi-nghiep").match(/change: held/g)).toHaveLength(1);

    const undone = await dialogue(["session", file, "khoi-nghiep", "--undo-held"]);
    expect(undone.stdout).toBe(`${file}: đã bỏ ghi nhận buổi đối thoại khoi-nghiep đã tổ chức; buổi đối thoại trở lại lịch đã chốt ngày 20/4/2021.\n`);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("heldOn");
    expect(history(text, "khoi-nghiep")).toBe("      - on: 2021-03-25\n        change: scheduled\n        to: 2021-04-20\n");
    expect((await dialogue(["validate", file])).code).toBe(0);
    expect((await dialogue(["session", file, "khoi-nghiep", "--date", "2021-04-27", "--on", "2021-04-22"])).code).toBe(0);
  });

  it("does not take back a held session that has a record", async () => {
    const file = copyExample(SON_NGUYEN);
    const run = await dialogue(["session", file, "dat-dai", "--undo-held"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("buổi đối thoại dat-dai đã có hồ sơ trong");
  });

  it("records a held date under a history whose last item ends with a comment, in a session that is not the last (#10.4)", async () => {
    const file = copyExample(SEED);
    await dialogue(["session", file, "khoi-nghiep", "--date", "2021-04-20", "--on", "2021-03-25"]);
    writeFileSync(file, readFileSync(file, "utf8").replace("        to: 2021-04-20\n\n", "        to: 2021-04-20\n        # đã báo các đơn vị\n"));
    const run = await dialogue(["session", file, "khoi-nghiep", "--held-on", "2021-04-20", "--on", "2021-04-20"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain(
      "        to: 2021-04-20\n        # đã báo các đơn vị\n      - on: 2021-04-20\n        change: held\n    heldOn: 2021-04-20\n  - id: ly-son\n",
    );
    expect((await dialogue(["validate", file])).code).toBe(0);
  });
});

describe("an edit never makes the plan unreadable", () => {
  it("refuses a note that would take the file over the 2 MiB limit, and writes nothing", async () => {
    const file = copyExample(SEED, (t) => {
      const room = 2 * 1024 * 1024 - 100 - Buffer.byteLength(t);
      return t + ("# " + "x".repeat(997) + "\n").repeat(Math.floor(room / 1000)) + "#".repeat(room % 1000) + "\n";
    });
    const before = readFileSync(file);
    expect(before.length).toBeGreaterThan(2 * 1024 * 1024 - 200);
    expect((await dialogue(["validate", file])).code).toBe(0);
    const run = await dialogue(["task", file, "bao-cao-ly-son", "in_progress", "--note", "Đã nhận báo cáo của các huyện."]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("chưa ghi thay đổi: nếu ghi,");
    expect(run.stderr).toMatch(/tệp dài 2097\d{3} byte, vượt giới hạn 2097152 byte của một kế hoạch/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("writing where it cannot", () => {
  it("says the folder cannot be written in (not that a colleague is updating the plan)", async (ctx) => {
    const folder = readOnlyFolder((dir) => copyFileSync(SEED, join(dir, "plan.yaml")));
    if (!folder) return ctx.skip();
    try {
      const run = await dialogue(["task", join(folder.dir, "plan.yaml"), "bao-cao-ly-son", "done", "--on", "2021-05-20"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`không ghi được vào thư mục ${folder.dir} (thư mục chỉ đọc, hoặc không có quyền ghi); chưa ghi gì. Hãy làm trên bản sao ở thư mục của mình, hoặc đề nghị cấp quyền ghi.\n`);
    } finally {
      folder.done();
    }
  });

  it.for([
    ["task", "plan.yaml", "bao-cao-ly-son", "done", "--on", "2021-05-20"],
    ["session", "plan.yaml", "khoi-nghiep", "--date", "2021-04-20"],
  ])("on a full disk, %s says so in one line and leaves the plan and the folder as they were", async (args, ctx) => {
    const disk = smallDisk();
    if (!disk) return ctx.skip();
    try {
      const file = join(disk.dir, "plan.yaml");
      copyFileSync(SEED, file);
      disk.fill();
      const before = readdirSync(disk.dir).sort();
      const run = await dialogue(args.map((a) => (a === "plan.yaml" ? file : a)));
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`ổ đĩa chứa thư mục ${disk.dir} đã đầy; chưa ghi gì. Hãy giải phóng bớt dung lượng rồi chạy lại lệnh.\n`);
      expect(readFileSync(file, "utf8")).toBe(readFileSync(SEED, "utf8"));
      expect(readdirSync(disk.dir).sort()).toEqual(before);
      expect(statSync(file).size).toBe(statSync(SEED).size);
    } finally {
      disk.done();
    }
  });
});

describe("safe writes", () => {
  it("a later run cleans up what a killed run left: its lock and its temporary file, nothing else", async () => {
    const file = copyExample(SEED);
    const dir = dirname(file);
    const killed = spawnSync(process.execPath, ["-e", "0"]).pid!; // a run that is gone
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: killed, host: hostname(), since: new Date().toISOString(), token: "x" }));
    writeFileSync(join(dir, `plan.yaml.${killed}-0a1b2c3d.dialogue-tmp`), "year: 20");
    writeFileSync(join(dir, "plan.yaml.bak"), "của tôi");
    const started = Date.now();
    const run = await dialogue(["task", file, "bao-cao-ly-son", "done", "--on", "2021-05-20"]);
    expect(run.code, run.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(readdirSync(dir).sort()).toEqual(["plan.yaml", "plan.yaml.bak"]);
  });

  it("leaves no temporary file behind", async () => {
    const file = copyExample(SEED);
    await dialogue(["task", file, "bao-cao-ly-son", "done", "--on", "2021-05-20"]);
    expect(readdirSync(dirname(file))).toEqual(["plan.yaml"]);
    writeFileSync(file, readFileSync(file));
  });
});
