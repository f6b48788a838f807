import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { all, DocxFile, Paragraph } from "../helpers/docx.js";
import { copyExample, dialogue, ROOT, SON_NGUYEN, tempDir } from "../helpers/cli.js";

const PHUOC_AN = join(ROOT, "examples/ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml");
const HOA_PHONG = join(ROOT, "examples/ke-hoach-doi-thoai-2026-ubnd-xa-hoa-phong.yaml");
const TAN_LOI = join(ROOT, "examples/ke-hoach-doi-thoai-2026-xa-tan-loi.yaml");
const SON_NGUYEN_2025 = join(ROOT, "examples/ke-hoach-doi-thoai-2025-son-nguyen-cong-nhan.yaml");

/** The 2024 example with the survey of young people given to the Văn phòng Tỉnh ủy too (overdue from 31/8/2024), its office named as `office`. */
const sonNguyenWithOfficeTask = (office = "Văn phòng Tỉnh ủy") =>
  copyExample(SON_NGUYEN, (text) =>
    text
      .replace("  - units: [tinh-doan]\n    tasks:\n      - id: khao-sat-thanh-nien", "  - units: [tinh-doan, van-phong]\n    tasks:\n      - id: khao-sat-thanh-nien")
      .replace("    name: Văn phòng Tỉnh ủy\n", `    name: ${office}\n`),
  );

/** What a reminder letter says, read back from its DOCX: who issues it (the header), to whom, who asks, and how many overdue items. */
function letterOf(path: string) {
  const docx = new DocxFile(path);
  const texts = docx.texts();
  const request = texts.find((t) => / đề nghị .* khẩn trương chỉ đạo hoàn thành/.test(t))!;
  return {
    issuer: issuerLines(docx).join(" "),
    to: texts.find((t) => t.startsWith("Kính gửi: "))!.slice("Kính gửi: ".length),
    from: request.slice(0, request.indexOf(" đề nghị ")),
    asked: request.slice(request.indexOf(" đề nghị ") + " đề nghị ".length, request.indexOf(" khẩn trương")),
    items: texts.filter((t) => /^\d+\. .*quá hạn \d+ ngày\)\.(\/\.)?$/.test(t)).length,
  };
}

/** The header's issuer cell (superior, name, star), line by line. */
const issuerLines = (docx: DocxFile) => {
  const cell = all(all(all(docx.document, "tbl")[0], "tr")[0], "tc")[0];
  return all(cell, "p").map((p) => new Paragraph(p).text).filter(Boolean);
};

/** The overdue tasks `status` shows on a day, per unit id (what the letters must match), with each task's file:line and id. */
async function overdue(files: string[], asOf: string) {
  const run = await dialogue(["status", ...files, "--as-of", asOf, "--state", "overdue", "--format", "json"]);
  const report = JSON.parse(run.stdout) as { tasks: { id: string; file: string; line: number; units: string[] }[]; units: { id: string; overdue: number }[] };
  return {
    counts: Object.fromEntries(report.units.filter((u) => u.overdue > 0).map((u) => [u.id, u.overdue])),
    of: (unit: string) => report.tasks.filter((t) => t.units.includes(unit)),
  };
}

/** Renders the reminders into a fresh folder: the run, and each letter by the part of its file name after the plan's. */
async function reminders(files: string[], asOf: string, ...args: string[]) {
  const out = tempDir();
  const run = await dialogue(["render", ...files, "--only", "reminder", "--as-of", asOf, "-o", out, ...args]);
  const names = readdirSync(out).filter((f) => f.endsWith(".docx"));
  return { run, out, names, letters: Object.fromEntries(names.map((name) => [name, letterOf(join(out, name))])) };
}

describe("a reminder letter is never addressed to the office that sends it", () => {
  it.each([
    ["the 2024 province example, the office named as the level's", () => sonNguyenWithOfficeTask(), "2024-09-10", "Văn phòng Tỉnh ủy"],
    ["the 2024 province example, the office named with its place", () => sonNguyenWithOfficeTask("Văn phòng Tỉnh ủy Sơn Nguyên"), "2024-09-10", "Văn phòng Tỉnh ủy Sơn Nguyên"],
    ["the commune's citizen-reception plan", () => PHUOC_AN, "2025-12-31", "Văn phòng Đảng ủy xã"],
    ["the commune UBND's plan", () => HOA_PHONG, "2026-12-31", "Văn phòng HĐND và UBND xã"],
  ])("%s: a letter to each other unit with overdue tasks, the office's own listed on stderr", async (_, plan, asOf, office) => {
    const file = plan();
    const expected = await overdue([file], asOf);
    expect(expected.counts["van-phong"]).toBeGreaterThan(0);
    const { run, letters } = await reminders([file], asOf);
    expect(run.code, run.stderr).toBe(0);

    const stem = basename(file, ".yaml");
    const others = Object.fromEntries(Object.entries(expected.counts).filter(([unit]) => unit !== "van-phong"));
    expect(Object.fromEntries(Object.entries(letters).map(([name, l]) => [name.slice(`${stem}-cong-van-don-doc-`.length, -".docx".length), l.items]))).toEqual(others);
    for (const letter of Object.values(letters)) {
      expect(letter.to).not.toBe(letter.from);
      expect(letter.asked).toBe(letter.to);
      expect(letter.to).not.toBe(office);
    }

    const tasks = expected.of("van-phong");
    expect(run.stderr).toContain(`${file}: không lập Công văn đôn đốc gửi ${office}, vì đó chính là văn phòng đứng tên gửi và ký công văn`);
    expect(run.stderr).toContain(`${office} có ${tasks.length} nhiệm vụ quá hạn, văn phòng tự đôn đốc:\n`);
    const listed = run.stderr.split("\n").filter((line) => /^ {2}\S+:\d+ {2}/.test(line));
    expect(listed.map((line) => /^ {2}(\S+:\d+) {2}([a-z0-9-]+)/.exec(line)!.slice(1).join(" "))).toEqual(tasks.map((t) => `${t.file}:${t.line} ${t.id}`));
    expect(listed.every((line) => /: thời hạn \d+\/\d+\/\d{4}, quá hạn \d+ ngày$/.test(line))).toBe(true);
  });

  it("writes nothing and exits 0 when only the office itself is late, and says so in English with --lang en", async () => {
    const vi = await reminders([HOA_PHONG], "2026-06-30");
    expect([vi.run.code, vi.names, vi.run.stdout]).toEqual([0, [], ""]);
    expect(vi.run.stderr).toContain("không lập Công văn đôn đốc gửi Văn phòng HĐND và UBND xã");
    expect(vi.run.stderr).toMatch(/ke-hoach-doi-thoai-2026-ubnd-xa-hoa-phong\.yaml:\d+ {2}thong-bao-lich \(buổi thu-tuc-hanh-chinh\): thời hạn 7\/5\/2026, quá hạn 54 ngày\n/);
    const en = await reminders([HOA_PHONG], "2026-06-30", "--lang", "en");
    expect(en.run.code).toBe(0);
    expect(en.run.stderr).toContain(`${HOA_PHONG}: no reminder letter to Văn phòng HĐND và UBND xã: it is the very office that sends and signs the letters`);
    expect(en.run.stderr).toContain("As of 2026-06-30, Văn phòng HĐND và UBND xã has 1 overdue task(s)");
    expect(en.run.stderr).toMatch(/thong-bao-lich \(session thu-tuc-hanh-chinh\): deadline 2026-05-07, 54 day\(s\) overdue\n/);
  });

  it("still writes a letter to a unit whose name only resembles the office's", async () => {
    const file = sonNguyenWithOfficeTask("Văn phòng Tỉnh ủy Quảng Ngãi");
    const { run, letters } = await reminders([file], "2024-09-10");
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("không lập Công văn");
    expect(letters["plan-cong-van-don-doc-van-phong.docx"]).toMatchObject({ to: "Văn phòng Tỉnh ủy Quảng Ngãi", from: "Văn phòng Tỉnh ủy", items: 1 });
  });
});

describe("plans of different issuers rendered together", () => {
  /** Each document rendered from its plan alone, by file name: what the run over several plans must write, byte for byte. */
  async function alone(files: string[], ...args: string[]) {
    const bytes: Record<string, Buffer> = {};
    for (const file of files) {
      const out = tempDir();
      const run = await dialogue(["render", file, "-o", out, ...args]);
      expect(run.code, run.stderr).toBe(0);
      for (const name of readdirSync(out)) bytes[name] = readFileSync(join(out, name));
    }
    return bytes;
  }

  it("give one report per issuer, under its own header, counting its own plans' tasks only", async () => {
    const args = ["--only", "report", "--period", "2026-6m", "--as-of", "2026-06-30"];
    const out = tempDir();
    const run = await dialogue(["render", TAN_LOI, HOA_PHONG, "-o", out, ...args]);
    expect(run.code, run.stderr).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual(["ke-hoach-doi-thoai-2026-ubnd-xa-hoa-phong-bao-cao-2026-6m.docx", "ke-hoach-doi-thoai-2026-xa-tan-loi-bao-cao-2026-6m.docx"]);
    const [hoaPhong, tanLoi] = names.map((name) => new DocxFile(join(out, name)));
    expect(issuerLines(tanLoi)).toEqual(["ĐẢNG BỘ TỈNH SƠN NGUYÊN", "ĐẢNG ỦY XÃ TÂN LỢI", "*"]);
    expect(issuerLines(hoaPhong)).toEqual(["ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG"]);
    expect(tanLoi.texts().find((t) => t.startsWith("Tính đến ngày 30/6/2026, có "))).toMatch(/^Tính đến ngày 30\/6\/2026, có 4 nhiệm vụ/);
    expect(hoaPhong.texts().find((t) => t.startsWith("Tính đến ngày 30/6/2026, có "))).toMatch(/^Tính đến ngày 30\/6\/2026, có 2 nhiệm vụ/);
    expect(tanLoi.texts().join("\n")).not.toMatch(/Trung tâm phục vụ hành chính công|Văn phòng HĐND và UBND xã|Kế hoạch số 05\/KH-UBND/);
    expect(hoaPhong.texts().join("\n")).not.toMatch(/Văn phòng Đảng ủy xã|Đảng ủy UBND xã|Kế hoạch số 12-KH\/ĐU/);
    const separate = await alone([TAN_LOI, HOA_PHONG], ...args);
    for (const name of names) expect(readFileSync(join(out, name)).equals(separate[name]), name).toBe(true);
  });

  it("say which issuer gets no report, having no plan of the period's year among the files", async () => {
    const out = tempDir();
    const run = await dialogue(["render", TAN_LOI, SON_NGUYEN, "-o", out, "--only", "report", "--period", "2026-6m", "--as-of", "2026-06-30"]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(["ke-hoach-doi-thoai-2026-xa-tan-loi-bao-cao-2026-6m.docx"]);
    expect(run.stderr).toBe(`không lập báo cáo 2026-6m của TỈNH ỦY SƠN NGUYÊN: trong các tệp đã cho không có kế hoạch năm 2026 của cơ quan này (chỉ có ${SON_NGUYEN}).\n`);
  });

  it("give each issuer's letters under its own header, to its own units, each listing that issuer's tasks only", async () => {
    const asOf = "2025-12-31";
    const { run, out, names, letters } = await reminders([SON_NGUYEN, PHUOC_AN], asOf);
    expect(run.code, run.stderr).toBe(0);
    const province = names.filter((n) => n.startsWith("ke-hoach-doi-thoai-2024-son-nguyen-"));
    const commune = names.filter((n) => n.startsWith("ke-hoach-tiep-dan-2025-xa-phuoc-an-"));
    expect(province.length + commune.length).toBe(names.length);
    expect(province.map((n) => letters[n].issuer)).toEqual(province.map(() => "TỈNH ỦY SƠN NGUYÊN *"));
    expect(commune.map((n) => letters[n].issuer)).toEqual(commune.map(() => "ĐẢNG BỘ TỈNH SƠN NGUYÊN ĐẢNG ỦY XÃ PHƯỚC AN *"));
    expect(new Set(province.map((n) => letters[n].from))).toEqual(new Set(["Văn phòng Tỉnh ủy"]));
    expect(new Set(commune.map((n) => letters[n].from))).toEqual(new Set(["Văn phòng Đảng ủy xã"]));
    // The same letters, byte for byte, as each plan's alone: nothing of one issuer's plan in the other's.
    const separate = await alone([SON_NGUYEN, PHUOC_AN], "--only", "reminder", "--as-of", asOf);
    expect(names.sort()).toEqual(Object.keys(separate).sort());
    for (const name of names) expect(readFileSync(join(out, name)).equals(separate[name]), name).toBe(true);
    // Both plans have a unit "van-phong": the commune's office has its own overdue tasks, the province's none.
    expect(names).not.toContain("ke-hoach-doi-thoai-2024-son-nguyen-cong-van-don-doc-van-phong.docx");
    expect(run.stderr).toContain(`${PHUOC_AN}: không lập Công văn đôn đốc gửi Văn phòng Đảng ủy xã`);
  });

  it("give one set of letters for plans of one issuer, a unit's letter listing its tasks of every plan", async () => {
    // The 2025 plan's training of workers given to the Tỉnh đoàn, which has two overdue tasks in the 2024 plan.
    const workers = copyExample(SON_NGUYEN_2025, (t) =>
      t.replace("lead: ubnd-tinh\n          text: >-\n            Ban cán sự đảng UBND tỉnh chỉ đạo", "lead: tinh-doan\n          text: >-\n            Ban cán sự đảng UBND tỉnh chỉ đạo").replace("units:\n", "units:\n  - id: tinh-doan\n    name: Ban Thường vụ Tỉnh đoàn\n"),
    );
    const asOf = "2025-12-31";
    const expected = await overdue([SON_NGUYEN, workers], asOf);
    expect(expected.counts["tinh-doan"]).toBe(3);
    const { run, out, letters } = await reminders([SON_NGUYEN, workers], asOf);
    expect(run.code, run.stderr).toBe(0);
    const counts = Object.fromEntries(Object.entries(letters).map(([name, l]) => [name.replace(/^ke-hoach-doi-thoai-2024-son-nguyen-cong-van-don-doc-|\.docx$/g, ""), l.items]));
    expect(counts).toEqual(expected.counts);
    const texts = new DocxFile(join(out, "ke-hoach-doi-thoai-2024-son-nguyen-cong-van-don-doc-tinh-doan.docx")).texts();
    expect(texts.filter((t) => /\(theo Thông báo số 215-TB\/TU ngày 8\/5\/2024;|\(theo Kế hoạch số 07-KH\/TU ngày 5\/2\/2024;|\(theo Thông báo số 88-TB\/TU ngày 23\/5\/2025;/.test(t))).toHaveLength(3);
  });

  it("give one report for two plans of one issuer, its sessions table without a column naming the same committee twice", async () => {
    const folder = tempDir();
    copyFileSync(TAN_LOI, join(folder, "a.yaml"));
    // A second plan of the same office (an identical copy would be counted once).
    writeFileSync(join(folder, "b.yaml"), readFileSync(TAN_LOI, "utf8").replace(/^number: 12$/m, "number: 13"));
    const out = tempDir();
    const run = await dialogue(["render", folder, "--period", "2026-6m", "--as-of", "2026-06-30", "-o", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(["a-bao-cao-2026-6m.docx"]);
    const table = all(new DocxFile(join(out, "a-bao-cao-2026-6m.docx")).document, "tbl")[1];
    const rows = all(table, "tr").map((tr) => all(tr, "tc").map((tc) => all(tc, "p").map((p) => new Paragraph(p).text).join(" ")));
    expect(rows[0].slice(0, 2)).toEqual(["TT", "Chủ đề"]);
    expect(rows.slice(1).map((r) => r[2])).toEqual(["16/4/2026", "16/4/2026"]);
  });

  it("compare a report with last year's plans of its own issuer only", async () => {
    const folder = tempDir();
    copyFileSync(SON_NGUYEN, join(folder, "tinh-2024.yaml"));
    const communeLastYear = copyExample(TAN_LOI, (t) => t.replaceAll("2026", "2023"), "xa-2023.yaml");
    const out = tempDir();
    const run = await dialogue(["render", join(folder, "tinh-2024.yaml"), communeLastYear, "--period", "2024-6m", "--as-of", "2024-06-30", "-o", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(["tinh-2024-bao-cao-2024-6m.docx"]);
    expect(new DocxFile(join(out, "tinh-2024-bao-cao-2024-6m.docx")).texts().some((t) => t.includes("So sánh với cùng kỳ"))).toBe(false);
  });

  it("hold back only the letters of the issuer whose record is being filled in", async () => {
    const halfFilled = copyExample(SON_NGUYEN, (text) => text.replace("citizens: 176", "citizens: khoảng 176"), "tinh.yaml");
    const { run, names } = await reminders([halfFilled, PHUOC_AN], "2025-12-31");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`chưa xuất Công văn đôn đốc: số liệu có cả các nội dung giao việc trong hồ sơ buổi dat-dai (${halfFilled})`);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith("ke-hoach-tiep-dan-2025-xa-phuoc-an-cong-van-don-doc-"))).toBe(true);
  });
});
