import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { all, DocxFile, Paragraph, renderDocuments, W } from "../helpers/docx.js";
import { copyExample, ROOT, SON_NGUYEN } from "../helpers/cli.js";
import { loadTemplates } from "../../src/load/templates.js";
import { textWidthTwips } from "../../src/present/docx/text-width.js";

const COMMUNE = join(ROOT, "examples/ke-hoach-doi-thoai-2026-xa-tan-loi.yaml");
const STATE = join(ROOT, "examples/ke-hoach-doi-thoai-2026-ubnd-xa-hoa-phong.yaml");

/** Every string of a plan's data. */
function dataStrings(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(/\s+/g, " ").trim()];
  if (Array.isArray(value)) return value.flatMap(dataStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(dataStrings);
  return [];
}

const headerRows = (docx: DocxFile) =>
  all(all(docx.document, "tbl")[0], "tr").map((tr) => all(tr, "tc").map((tc) => all(tc, "p").map((p) => new Paragraph(p).text)));

describe("a commune's documents speak of the commune, never of the Tỉnh ủy its data does not name", () => {
  let documents: Record<string, DocxFile>;
  beforeAll(async () => {
    documents = await renderDocuments(COMMUNE);
  });

  it("renders the plan, the notice and the minutes", () => {
    expect(Object.keys(documents).sort()).toEqual([
      "ke-hoach-doi-thoai-2026-xa-tan-loi-bien-ban-dat-o.docx",
      "ke-hoach-doi-thoai-2026-xa-tan-loi-ke-hoach.docx",
      "ke-hoach-doi-thoai-2026-xa-tan-loi-thong-bao-ket-luan-dat-o.docx",
    ]);
  });

  it("has no 'Tỉnh ủy' in a paragraph unless a value of the plan carries it there", () => {
    const fromData = dataStrings(parse(readFileSync(COMMUNE, "utf8"))).filter((s) => /tỉnh ủy/iu.test(s));
    expect(fromData).toEqual(["Ban Thường vụ Tỉnh ủy (để b/c)"]); // the plan does name one: its report goes up
    for (const [name, docx] of Object.entries(documents))
      for (const text of docx.texts().filter((t) => /tỉnh ủy/iu.test(t)))
        expect(fromData.some((value) => text.includes(value)), `${name}: "${text}"`).toBe(true);
  });

  it("names the commune's head, office and standing board, and its own symbol", () => {
    const notice = documents["ke-hoach-doi-thoai-2026-xa-tan-loi-thong-bao-ket-luan-dat-o.docx"].texts();
    expect(notice).toContain("kết luận của đồng chí Bí thư Đảng ủy xã tại buổi đối thoại");
    expect(notice).toContain("Số 31-TB/ĐU");
    expect(notice.some((t) => t.startsWith("Sau khi nghe ý kiến") && t.endsWith("đồng chí Bí thư Đảng ủy xã kết luận như sau:"))).toBe(true);
    expect(notice.some((t) => t.startsWith("Văn phòng Đảng ủy xã thông báo kết luận của đồng chí Bí thư Đảng ủy xã"))).toBe(true);
    const minutes = documents["ke-hoach-doi-thoai-2026-xa-tan-loi-bien-ban-dat-o.docx"].texts();
    expect(minutes.some((t) => t.includes("đồng chí Bí thư Đảng ủy xã tổ chức đối thoại"))).toBe(true);
    const plan = documents["ke-hoach-doi-thoai-2026-xa-tan-loi-ke-hoach.docx"];
    expect(headerRows(plan)[1]).toEqual([["Số 12-KH/ĐU"], ["Tân Lợi, ngày 20 tháng 01 năm 2026"]]);
    // No basis in the plan: the paragraph is made from its references, issued by the commune's standing board.
    expect(plan.texts()).toContain(
      "Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; " +
        "Quyết định số 03-QĐ/ĐU ngày 12/8/2025 của Ban Thường vụ Đảng ủy xã ban hành Quy chế tiếp dân, đối thoại trực tiếp với dân của Bí thư Đảng ủy xã, " +
        "Ban Thường vụ Đảng ủy xã ban hành Kế hoạch tổ chức đối thoại trực tiếp của đồng chí Bí thư Đảng ủy xã với Nhân dân năm 2026 như sau:",
    );
  });

  it("takes the plan's own words for its bodies when it gives them", async () => {
    const own = copyExample(COMMUNE, (t) => t.replace("  level: commune\n", "  level: commune\n  committee: Đảng ủy xã Tân Lợi\n  head: Bí thư Đảng ủy xã Tân Lợi\n"));
    const notice = Object.entries(await renderDocuments(own, "--only", "conclusions"))[0][1].texts();
    expect(notice).toContain("kết luận của đồng chí Bí thư Đảng ủy xã Tân Lợi tại buổi đối thoại");
    expect(notice.some((t) => t.startsWith("Văn phòng Đảng ủy xã thông báo kết luận của đồng chí Bí thư Đảng ủy xã Tân Lợi"))).toBe(true);
  });

  it("a province's documents still say Tỉnh ủy (the default level)", async () => {
    const notice = (await renderDocuments(SON_NGUYEN, "--only", "conclusions"))["ke-hoach-doi-thoai-2024-son-nguyen-thong-bao-ket-luan-dat-dai.docx"].texts();
    expect(notice).toContain("kết luận của đồng chí Bí thư Tỉnh ủy tại buổi đối thoại");
  });
});

describe("a state body's plan in the state format (Nghị định 30/2020/NĐ-CP, Phụ lục I)", () => {
  let docx: DocxFile;
  beforeAll(async () => {
    docx = Object.values(await renderDocuments(STATE))[0];
  });

  it("has the national name and motto beside the issuer, a rule under each, and Số: with a colon", () => {
    expect(headerRows(docx)).toEqual([
      [["ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG", ""], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]],
      [["Số: 05/KH-UBND"], ["Hòa Phong, ngày 15 tháng 01 năm 2026"]],
    ]);
    expect(docx.texts()).not.toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(docx.texts()).not.toContain("*");
    expect(docx.texts()).not.toContain("-----");
  });

  /** A rule paragraph's length in twips: its cell's (or the text's) width less its indents and the cell margins. */
  const ruleLength = (rule: Paragraph, widthTwips: number) => widthTwips - Number(rule.prop("ind", "left")) - Number(rule.prop("ind", "right"));
  const [textWidth, cellMargins] = [9355, 2 * 108];

  it("draws the motto's rule as long as the motto, the issuer's and the summary's at 1/3–1/2 of their text", () => {
    const { metrics } = loadTemplates("nd30");
    const bold = (text: string, sizePt: number) => textWidthTwips(metrics, text, sizePt, true);
    const widths = all(docx.document, "gridCol").map((c) => Number(c.getAttributeNS(W, "w")));
    const motto = docx.paragraph("Độc lập - Tự do - Hạnh phúc").next();
    expect(motto.has("pBdr")).toBe(true);
    expect(Math.abs(ruleLength(motto, widths[1] - cellMargins) - bold("Độc lập - Tự do - Hạnh phúc", 13))).toBeLessThanOrEqual(1);
    const issuer = docx.paragraph("XÃ HÒA PHONG").next();
    expect(issuer.has("pBdr")).toBe(true);
    const issuerShare = ruleLength(issuer, widths[0] - cellMargins) / bold("ỦY BAN NHÂN DÂN", 13); // the longer line
    expect(issuerShare).toBeGreaterThanOrEqual(1 / 3);
    expect(issuerShare).toBeLessThanOrEqual(1 / 2);
    const summary = docx.paragraph("với Nhân dân năm 2026").next();
    expect(summary.has("pBdr")).toBe(true);
    const summaryShare = ruleLength(summary, textWidth) / bold("Tổ chức đối thoại trực tiếp giữa Chủ tịch UBND xã", 14); // the longer line
    expect(summaryShare).toBeGreaterThanOrEqual(1 / 3);
    expect(summaryShare).toBeLessThanOrEqual(1 / 2);
  });

  it.each([
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false, false],
    ["Độc lập - Tự do - Hạnh phúc", 13, true, false, false],
    ["ỦY BAN NHÂN DÂN", 13, true, false, false],
    ["Số: 05/KH-UBND", 13, false, false, false],
    ["Hòa Phong, ngày 15 tháng 01 năm 2026", 14, false, true, false],
    ["KẾ HOẠCH", 14, true, false, false],
    ["Tổ chức đối thoại trực tiếp giữa Chủ tịch UBND xã", 14, true, false, false],
    ["Nơi nhận:", 12, true, true, false],
    ["- UBND tỉnh (để b/c);", 11, false, false, false],
    ["- Lưu: VT, VP.", 11, false, false, false],
    ["TM. ỦY BAN NHÂN DÂN", 14, true, false, false],
    ["CHỦ TỊCH", 14, true, false, false],
    ["Vũ Đình Khang", 14, true, false, false],
  ])("sets %s in %i pt (bold %s, italic %s, underlined %s)", (text, size, bold, italic, underline) => {
    const runs = docx.paragraph(text).runs();
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect({ size: run.sizePt, bold: run.bold, italic: run.italic, underline: run.underline }).toEqual({ size, bold, italic, underline });
  });

  it("has A4 pages with margins 20/20/30/15 mm, body indented 12.7 mm, justified, at least 6 pt apart, and ends recipients with ; then the archive line's .", () => {
    const pgMar = all(docx.document, "pgMar")[0];
    expect(["top", "bottom", "left", "right"].map((s) => pgMar.getAttributeNS(W, s))).toEqual(["1134", "1134", "1701", "850"]);
    const body = docx.paragraphs().find((p) => p.text.startsWith("Thực hiện Luật Tiếp công dân"))!;
    expect([body.prop("jc", "val"), body.prop("ind", "firstLine"), Number(body.prop("spacing", "before")) >= 120]).toEqual(["both", "720", true]);
    const recipients = docx.texts().filter((t) => t.startsWith("- ") && docx.texts().indexOf(t) > docx.texts().indexOf("Nơi nhận:"));
    expect(recipients).toEqual(["- UBND tỉnh (để b/c);", "- Thường trực Đảng ủy xã;", "- Thường trực HĐND xã;", "- Các cơ quan, đơn vị có tên tại mục III;", "- Lưu: VT, VP."]);
    expect(all(docx.document, "titlePg")).toHaveLength(1);
  });

  it("writes a Party plan's T/M as TM. and a state plan's TM. as T/M in the Party format when asked", async () => {
    const party = Object.values(await renderDocuments(STATE, "--profile", "hd36"))[0].texts();
    expect(party).toContain("T/M ỦY BAN NHÂN DÂN");
    expect(party).toContain("Số 05-KH/UBND");
    const state = Object.values(await renderDocuments(SON_NGUYEN, "--only", "plan", "--profile", "nd30"))[0].texts();
    expect(state).toContain("TM. BAN THƯỜNG VỤ");
  });
});
