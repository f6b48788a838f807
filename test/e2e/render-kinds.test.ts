import { mkdirSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { all, DocxFile, Paragraph, renderDocuments } from "../helpers/docx.js";
import { copyExample, dialogue, ROOT, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";

/** The rows of a body table (header first), found by the text of its header's cell. */
function tableWithHeader(docx: DocxFile, header: string): string[][] {
  const found = all(docx.document, "tbl").find((tbl) => all(all(tbl, "tr")[0], "tc").some((tc) => cellText(tc) === header));
  if (!found) throw new Error(`no table with a "${header}" column`);
  return all(found, "tr").map((tr) => all(tr, "tc").map(cellText));
}
const cellText = (tc: Element) => all(tc, "p").map((p) => new Paragraph(p).text).join("\n");
type Element = ReturnType<typeof all>[number];

const headerRows = (docx: DocxFile) => all(all(docx.document, "tbl")[0], "tr").map((tr) => all(tr, "tc").map((tc) => all(tc, "p").map((p) => new Paragraph(p).text).filter(Boolean)));
const only = async (file: string, ...args: string[]) => Object.values(await renderDocuments(file, ...args));

describe("the 2024 example's amendment", () => {
  let docx: DocxFile;
  beforeAll(async () => {
    [docx] = await only(SON_NGUYEN, "--only", "amendment");
  });

  it("is a Kế hoạch with its own number, citing the plan it changes by number, date and issuer", () => {
    expect(headerRows(docx)).toEqual([
      [["TỈNH ỦY SƠN NGUYÊN", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]],
      [["Số 19-KH/TU"], ["Sơn Nguyên, ngày 12 tháng 9 năm 2024"]],
    ]);
    const texts = docx.texts();
    expect(texts).toContain("KẾ HOẠCH");
    expect(texts).toContain("điều chỉnh, bổ sung Kế hoạch số 07-KH/TU ngày 5/2/2024");
    expect(texts.find((t) => t.startsWith("Căn cứ Kế hoạch số 07-KH/TU ngày 5/2/2024 của Ban Thường vụ Tỉnh ủy về tổ chức đối thoại"))).toContain(
      "; do ảnh hưởng của mưa lũ tháng 9/2024, các huyện miền núi tập trung khắc phục hậu quả thiên tai, Ban Thường vụ Tỉnh ủy điều chỉnh, bổ sung",
    );
  });

  it("says what changes and that the rest stands, signed as the plan", () => {
    const texts = docx.texts();
    expect(texts).toContain("1. Điều chỉnh thời gian tổ chức buổi đối thoại Chủ đề 2 (Thanh niên lập nghiệp tại quê hương): từ quý III/2024 sang quý IV/2024.");
    expect(texts.some((t) => t.startsWith("1. Điều chỉnh nhiệm vụ của Ban Thường vụ Tỉnh đoàn (Khảo sát nhu cầu học nghề") && t.endsWith("bổ sung khảo sát nhu cầu học nghề, việc làm của thanh niên các xã bị thiệt hại do mưa lũ."))).toBe(true);
    expect(texts).toContain("Các nội dung khác giữ nguyên theo Kế hoạch số 07-KH/TU ngày 5/2/2024. Đề nghị các cơ quan, đơn vị, địa phương liên quan triển khai thực hiện./.");
    expect(texts).toContain("- Các cơ quan, đơn vị có tên tại Kế hoạch số 07-KH/TU,");
    expect(texts.slice(-7).filter(Boolean)).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Khải"]);
  });
});

describe("the 2024 example's notices of a session", () => {
  it("announces the postponement: the plan and the old time, the reason, the new quarter, the registered citizens, the office's signature", async () => {
    const docs = await renderDocuments(SON_NGUYEN, "--only", "change-notice", "--session", "thanh-nien");
    expect(Object.keys(docs)).toEqual(["ke-hoach-doi-thoai-2024-son-nguyen-thong-bao-thay-doi-thanh-nien-2024-09-05.docx"]);
    const docx = Object.values(docs)[0];
    expect(headerRows(docx)[1]).toEqual([["Số 262-TB/TU"], ["Sơn Nguyên, ngày 06 tháng 9 năm 2024"]]);
    const texts = docx.texts();
    expect(texts.slice(texts.indexOf("THÔNG BÁO"), texts.indexOf("THÔNG BÁO") + 3)).toEqual(["THÔNG BÁO", "tạm hoãn buổi đối thoại trực tiếp", "của đồng chí Bí thư Tỉnh ủy với Nhân dân"]);
    expect(texts).toContain(
      "Theo Kế hoạch số 07-KH/TU ngày 5/2/2024 của Ban Thường vụ Tỉnh ủy về tổ chức đối thoại trực tiếp giữa người đứng đầu cấp ủy tỉnh với Nhân dân năm 2024, buổi đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy với Nhân dân về chủ đề “Thanh niên lập nghiệp tại quê hương” được tổ chức vào quý III/2024.",
    );
    expect(texts).toContain("Do tập trung khắc phục hậu quả mưa lũ tháng 9/2024, buổi đối thoại được tạm hoãn, dự kiến tổ chức vào quý IV/2024; thời gian cụ thể sẽ thông báo sau.");
    expect(texts.some((t) => t.startsWith("Các ý kiến, kiến nghị người dân đã đăng ký được giữ nguyên"))).toBe(true);
    expect(texts.slice(-7).filter(Boolean)).toEqual(["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Trương Công Bình"]);
  });

  it("announces the land session: time and venue as known on 12/4 (after the move), chairs, each invited agency's preparation and deadline, press", async () => {
    const [docx] = await only(SON_NGUYEN, "--only", "session-notice");
    expect(headerRows(docx)[1]).toEqual([["Số 231-TB/TU"], ["Sơn Nguyên, ngày 12 tháng 4 năm 2024"]]);
    const texts = docx.texts();
    expect(texts).toContain("1. Thời gian: 08 giờ 00, ngày 23/4/2024 (thứ Ba).");
    expect(texts).toContain("2. Địa điểm: Hội trường Nhà văn hóa huyện Tân Hòa.");
    expect(texts).toContain("3. Đồng chủ trì: các đồng chí Nguyễn Văn Khải, Bí thư Tỉnh ủy và Trần Thị Mai Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.");
    expect(texts).toContain("- Mời đại diện lãnh đạo: Ban cán sự đảng UBND tỉnh, Ban Dân vận Tỉnh ủy, Văn phòng Tỉnh ủy, Ban Thường vụ Tỉnh đoàn và Ban Thường vụ Huyện ủy Tân Hòa.");
    // Five working days before 23/4, the day it was moved to: 22, 19, 17, 16 and 15/4 (18/4 is Giỗ Tổ Hùng Vương).
    expect(texts.find((t) => t.startsWith("- Ban Dân vận Tỉnh ủy: chủ trì, phối hợp với Văn phòng Tỉnh ủy chuẩn bị tài liệu"))).toMatch(/; thời hạn: 15\/4\/2024\.$/);
    expect(texts).toContain("- Ban Thường vụ Huyện ủy Tân Hòa: chuẩn bị hội trường, phương tiện đưa đón đại biểu là người dân vùng dự án; thời hạn: 21/4/2024.");
    expect(texts).toContain("8. Báo chí: đề nghị Báo Sơn Nguyên và Đài Phát thanh và Truyền hình tỉnh cử phóng viên dự, đưa tin.");
    expect(texts).toContain("- Báo Sơn Nguyên,");
  });
});

describe("the 6-month report", () => {
  const statusUnits = async (file: string, asOf: string, period = "2024-6m") => {
    const run = await dialogue(["status", file, "--period", period, "--as-of", asOf, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout).units as { name: string; doneOnTime: number; doneLate: number; open: number; overdue: number; completionRate: number | null }[];
  };
  const rate = (r: number | null) => (r === null ? "–" : `${String(Math.round(r * 1000) / 10).replace(".", ",")}%`);

  it.each(["2024-05-15", "2024-06-30", "2024-07-15"])("has per agency the figures of status --period 2024-6m --as-of %s", async (asOf) => {
    const [docx] = await only(SON_NGUYEN, "--period", "2024-6m", "--as-of", asOf);
    const rows = tableWithHeader(docx, "Cơ quan, đơn vị");
    const units = await statusUnits(SON_NGUYEN, asOf);
    expect(units.length).toBeGreaterThan(0);
    expect(rows.slice(1, -1)).toEqual(units.map((u, i) => [String(i + 1), u.name, String(u.doneOnTime), String(u.doneLate), String(u.open), String(u.overdue), rate(u.completionRate)]));
    expect(rows.at(-1)!.slice(1, 6)).toEqual(["Cộng", ...(["doneOnTime", "doneLate", "open", "overdue"] as const).map((k) => String(units.reduce((s, u) => s + u[k], 0)))]);
  });

  let docx: DocxFile;
  beforeAll(async () => {
    [docx] = await only(SON_NGUYEN, "--period", "6m", "--as-of", "2024-06-30");
  });

  it("is a BC of the plan's year, with its number, the period and the days counted", () => {
    expect(headerRows(docx)[1]).toEqual([["Số 52-BC/TU"], ["Sơn Nguyên, ngày 03 tháng 7 năm 2024"]]);
    const texts = docx.texts();
    expect(texts).toContain("BÁO CÁO");
    expect(texts).toContain("và theo dõi thực hiện kết luận 6 tháng đầu năm 2024");
    expect(texts.find((t) => t.startsWith("Thực hiện Kế hoạch số 07-KH/TU"))).toContain("(số liệu tính từ ngày 1/1/2024 đến ngày 30/6/2024) như sau:");
  });

  it("lists the sessions held with their figures, and counts opinions, answers and notices", () => {
    expect(tableWithHeader(docx, "Chủ đề")).toEqual([
      ["TT", "Chủ đề", "Ngày tổ chức", "Người dân tham dự", "Ý kiến", "Trả lời tại buổi đối thoại", "Thông báo kết luận"],
      ["1", "Công tác bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất", "23/4/2024", "176", "3", "3", "215-TB/TU ngày 8/5/2024"],
    ]);
    expect(docx.texts()).toContain(
      "Trong kỳ, đã tổ chức 1 buổi đối thoại với 176 người dân tham dự; tiếp nhận 3 ý kiến, trong đó 3 ý kiến được trả lời trực tiếp tại buổi đối thoại; ban hành 1 thông báo kết luận với 4 nội dung giao việc.",
    );
  });

  it("lists the items still open with their source and deadline, never saying 'Thông báo này' of another document", () => {
    const rows = tableWithHeader(docx, "Nguồn");
    expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[5]])).toEqual([["Ban Thường vụ Tỉnh đoàn", "Thông báo số 215-TB/TU ngày 8/5/2024", "19/6/2024", "quá hạn 11 ngày"]]);
    expect(rows[1][1]).toContain("kể từ ngày ban hành Thông báo kết luận");
  });

  it("writes the office's sections from the plan's report entry, each under its heading, and the signature it names", () => {
    const texts = docx.texts();
    for (const heading of ["II. Đánh giá chung", "III. Hạn chế, khuyết điểm và nguyên nhân", "IV. Nhiệm vụ trọng tâm thời gian tới", "V. Đề xuất, kiến nghị"]) expect(texts).toContain(heading);
    expect(texts.some((t) => t.startsWith("Một số nhiệm vụ hoàn thành quá hạn"))).toBe(true);
    expect(texts.find((t) => t.startsWith("Đề nghị Ban cán sự đảng UBND tỉnh"))?.endsWith("./.")).toBe(true);
    expect(texts.slice(-7).filter(Boolean)).toEqual(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Mai Lan"]);
  });

  it("shows a visible gap where the office has written nothing, and a draft's blank number", async () => {
    const bare = copyExample(SON_NGUYEN, (t) => t.replace(/\nreports:\n[\s\S]*?\n# Lịch làm việc/, "\n# Lịch làm việc"));
    const [draft] = await only(bare, "--period", "2024-6m", "--as-of", "2024-06-30");
    const texts = draft.texts();
    expect(texts.filter((t) => t === "(chưa ghi nội dung này)")).toHaveLength(3);
    expect(texts.at(-1 - texts.slice().reverse().findIndex((t) => t.startsWith("(chưa ghi nội dung này)")))).toBe("(chưa ghi nội dung này)./.");
    expect(texts).toContain("- (chưa ghi nơi nhận).");
    expect(headerRows(draft)[1][0]).toEqual(["Số      -BC/TU"]);
  });

  it("counts from the day after the cut-off day of the month before to the cut-off day (an office cutting on the 15th)", async () => {
    const cut = copyExample(SON_NGUYEN, (t) => t.replace("  - period: 2024-6m\n", "  - period: 2024-6m\n    cutOffDay: 15\n"));
    const [report] = await only(cut, "--period", "2024-6m", "--as-of", "2024-06-30");
    expect(report.texts().find((t) => t.startsWith("Thực hiện Kế hoạch"))).toContain("(số liệu tính từ ngày 16/12/2023 đến ngày 15/6/2024)");
    // The assignment due 19/6 is outside the period so cut: no open item is left.
    expect(report.texts()).toContain("Không còn nhiệm vụ nào đang thực hiện.");
  });

  it("compares with the same period of last year when last year's plan is given", async () => {
    const lastYear = copyExample(SON_NGUYEN, (t) => t.replaceAll("2024", "2023").replace("citizens: 176", "citizens: 150").replace(/\n {8}- number: 3\n[\s\S]*?(\n {6}assessment:)/, "$1"), "ke-hoach-2023.yaml");
    const [report] = await only(SON_NGUYEN, lastYear, "--period", "6m", "--as-of", "2024-06-30");
    const rows = tableWithHeader(report, "Chỉ tiêu");
    expect(rows[0]).toEqual(["Chỉ tiêu", "Kỳ này", "Cùng kỳ năm 2023", "Tăng (+), giảm (–)"]);
    expect(rows.slice(1, 5)).toEqual([
      ["Số buổi đối thoại", "1", "1", "0"],
      ["Số người dân tham dự", "176", "150", "+26"],
      ["Số ý kiến", "3", "2", "+1"],
      ["Số ý kiến được trả lời tại buổi đối thoại", "3", "2", "+1"],
    ]);
    expect(report.texts()).toContain("4. So sánh với cùng kỳ năm 2023");
  });
});

describe("the reminder letters", () => {
  const overdueUnits = async (asOf: string) => {
    const run = await dialogue(["status", SON_NGUYEN, "--as-of", asOf, "--format", "json"]);
    return Object.fromEntries((JSON.parse(run.stdout).units as { id: string; overdue: number }[]).filter((u) => u.overdue > 0).map((u) => [u.id, u.overdue]));
  };

  it.each(["2024-04-20", "2024-05-10", "2024-07-01", "2024-07-10", "2024-09-10", "2025-01-05"])("go on %s exactly to the units status shows with overdue tasks, each listing as many", async (asOf) => {
    const expected = await overdueUnits(asOf);
    const out = tempDir();
    const run = await dialogue(["render", SON_NGUYEN, "--only", "reminder", "--as-of", asOf, "-o", out]);
    if (!Object.keys(expected).length) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("chưa có văn bản nào để xuất theo --only reminder");
      return;
    }
    expect(run.code, run.stderr).toBe(0);
    const letters = Object.fromEntries(
      run.stdout
        .trim()
        .split("\n")
        .map((line) => line.replace(/^đã ghi /, ""))
        .map((path) => [/-cong-van-don-doc-(.+)\.docx$/.exec(path)![1], new DocxFile(path).texts().filter((t) => /^\d+\. .*quá hạn \d+ ngày\)\.(\/\.)?$/.test(t)).length]),
    );
    expect(letters).toEqual(expected);
  });

  it("lists each item with its source notice, deadline and days overdue, and asks for a report by a date", async () => {
    const [letter] = await only(SON_NGUYEN, "--only", "reminder", "--as-of", "2024-09-10", "--reply-by", "2024-09-20");
    expect(headerRows(letter)[1]).toEqual([["Số      -CV/TU", "V/v đôn đốc thực hiện nhiệm vụ", "sau đối thoại với Nhân dân"], ["Sơn Nguyên, ngày 10 tháng 9 năm 2024"]]);
    const texts = letter.texts();
    expect(texts).toContain("Kính gửi: Ban Thường vụ Tỉnh đoàn");
    expect(texts.find((t) => t.startsWith("1. Ban Thường vụ Tỉnh đoàn phối hợp tổ chức ngày hội việc làm"))).toMatch(/\(theo Thông báo số 215-TB\/TU ngày 8\/5\/2024; thời hạn: 19\/6\/2024; quá hạn 83 ngày\)\.$/);
    expect(texts.find((t) => t.startsWith("2. Khảo sát nhu cầu học nghề"))).toMatch(/\(theo Kế hoạch số 07-KH\/TU ngày 5\/2\/2024; thời hạn: 30\/8\/2024; quá hạn 11 ngày\)\.$/);
    expect(texts).toContain("Văn phòng Tỉnh ủy đề nghị Ban Thường vụ Tỉnh đoàn khẩn trương chỉ đạo hoàn thành các nhiệm vụ nêu trên; báo cáo kết quả thực hiện về Thường trực Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 20/9/2024./.");
    expect(texts).toContain("- Như trên,");
    expect(texts).not.toContain("CÔNG VĂN");
  });
});

describe("render over several plans and folders in one run", () => {
  it("renders every plan of a folder and more files, each under its own name", async () => {
    const folder = tempDir();
    copyFileSync(SON_NGUYEN, join(folder, "a.yaml"));
    copyFileSync(join(ROOT, "examples/ke-hoach-doi-thoai-2026-xa-tan-loi.yaml"), join(folder, "b.yml"));
    mkdirSync(join(folder, "bo-qua"));
    const documents = await renderDocuments(folder, SEED, "--only", "plan");
    expect(Object.keys(documents).sort()).toEqual(["a-ke-hoach.docx", "b-ke-hoach.docx", "ke-hoach-doi-thoai-2021-ke-hoach.docx"]);
  });

  it("refuses two plans that would write the same file, and a folder without plans", async () => {
    const [a, b] = [tempDir(), tempDir()];
    copyFileSync(SON_NGUYEN, join(a, "ke-hoach.yaml"));
    // Another plan of the same name (an identical copy would be counted once, and written once).
    writeFileSync(join(b, "ke-hoach.yaml"), readFileSync(SON_NGUYEN, "utf8").replace(/^number: (\d+)$/m, (_, n) => `number: ${Number(n) + 1}`));
    const same = await dialogue(["render", a, b, "-o", tempDir()]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("hai văn bản cùng được ghi thành ke-hoach-ke-hoach.docx");
    const empty = await dialogue(["render", tempDir(), "-o", tempDir()]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("không có tệp kế hoạch (.yaml) nào trong");
  });

  it("asks for the period of a report, and refuses one no plan is of", async () => {
    const missing = await dialogue(["render", SON_NGUYEN, "--only", "report", "-o", tempDir()]);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, "--only report cần kỳ báo cáo: thêm --period, ví dụ --period 2024-6m (hoặc q1..q4, 9m, year, hoặc một tháng 2024-04)."]);
    const other = await dialogue(["render", SON_NGUYEN, "--period", "2026-q1", "-o", tempDir(), "--lang", "en"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("none of these plans is of 2026");
  });
});
