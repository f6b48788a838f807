import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { all, type DocxFile, Paragraph, renderDocuments, W } from "../helpers/docx.js";
import { CELL_PADDING_TWIPS } from "../../src/present/docx/docx-paragraph.js";
import { textWidthTwips } from "../../src/present/docx/text-width.js";
import { copyExample, ROOT } from "../helpers/cli.js";

/**
 * What a clerk would not sign, found by looking at every page of every example's documents
 * (LibreOffice → PDF → PNG) and read back here from the DOCX: each test fails without its fix.
 */
const example = (name: string) => join(ROOT, "examples", name);
const WORKERS = example("ke-hoach-doi-thoai-2025-son-nguyen-cong-nhan.yaml");

/** The one document of a kind rendered from a plan. */
async function one(file: string, ...args: string[]): Promise<DocxFile> {
  const docs = Object.values(await renderDocuments(file, ...args));
  expect(docs).toHaveLength(1);
  return docs[0];
}

describe("a disciplinary measure is a '+' sub-item under its conclusion", () => {
  let notice: DocxFile;
  let minutes: DocxFile;
  beforeAll(async () => {
    notice = await one(WORKERS, "--only", "conclusions");
    minutes = await one(WORKERS, "--only", "minutes");
  });

  it.each([
    ["notice", () => notice, "3. Ghi nhận UBND huyện Tân Hòa"],
    ["minutes", () => minutes, "- Ghi nhận UBND huyện Tân Hòa"],
  ])("in the %s", (_, docx, conclusion) => {
    const texts = docx().texts();
    const at = texts.findIndex((t) => t.startsWith(conclusion));
    expect(at, texts.join("\n")).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe("+ Lý Văn Hậu, Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện Tân Hòa: khiển trách.");
    // The next conclusion is back at the conclusions' own level.
    expect(texts[at + 2]).toMatch(/^(4\. |- )Các kiến nghị về nhà ở xã hội/);
  });
});

describe("chairs are 'đồng chí …' in the plan too, with one colon after the label", () => {
  it("names the chair of a commune's session as the other documents do", async () => {
    const plan = await one(example("ke-hoach-doi-thoai-2026-xa-tan-loi.yaml"), "--only", "plan");
    expect(plan.texts()).toContain("Chủ trì: đồng chí Phan Văn Toàn, Bí thư Đảng ủy xã.");
  });

  it("names co-chairs 'các đồng chí A; B và C' in the plan and in the session's notice, never 'các đồng chí:' after 'Đồng chủ trì:'", async () => {
    const plan = await one(WORKERS, "--only", "plan");
    const notice = await one(WORKERS, "--only", "session-notice");
    const chairs = "các đồng chí Nguyễn Văn Khải, Bí thư Tỉnh ủy; Trần Thị Mai Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và Hồ Minh Đức, Chủ tịch Liên đoàn Lao động tỉnh.";
    expect(plan.texts()).toContain(`Đồng chủ trì: ${chairs}`);
    expect(notice.texts()).toContain(`3. Đồng chủ trì: ${chairs}`);
  });

  it("keeps a collective chair by its name", async () => {
    const plan = await one(example("ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml"), "--only", "plan");
    expect(plan.texts()).toContain("Chủ trì: Thường trực Đảng ủy xã.");
  });
});

describe("the notice's summary of the opinions counts as the record does", () => {
  it("one opinion in one field: 'về lĩnh vực đất đai' and 'ý kiến này', not 'các lĩnh vực: đất đai' and 'các ý kiến'", async () => {
    const notice = await one(example("ke-hoach-doi-thoai-2026-xa-tan-loi.yaml"), "--only", "conclusions");
    expect(notice.texts()).toContain("Tại buổi đối thoại, có 1 ý kiến phát biểu, về lĩnh vực đất đai. Đại diện lãnh đạo đã trả lời trực tiếp ý kiến này tại buổi đối thoại.");
  });

  it("several fields keep 'tập trung vào các lĩnh vực: …'", async () => {
    const notice = await one(join(ROOT, "examples/ke-hoach-doi-thoai-2024-son-nguyen.yaml"), "--only", "conclusions", "--session", "dat-dai");
    expect(notice.texts()).toContain(
      "Tại buổi đối thoại, có 3 ý kiến phát biểu, tập trung vào các lĩnh vực: bồi thường, tái định cư; việc làm. Đại diện lãnh đạo các cơ quan, đơn vị đã trả lời trực tiếp các ý kiến tại buổi đối thoại.",
    );
  });
});

describe("a summary line too long for the page is split where a clerk would, never leaving one word alone", () => {
  const summaryOf = (docx: DocxFile) => docx.paragraphs().filter((p) => p.style === "TrichYeu").map((p) => p.text);

  it("a commune's report: before 'của', in three lines, instead of 'Nhân' / 'dân'", async () => {
    const report = await one(example("ke-hoach-doi-thoai-2026-xa-tan-loi.yaml"), "--period", "2026-year", "--as-of", "2026-12-31");
    expect(summaryOf(report)).toEqual(["kết quả tổ chức đối thoại trực tiếp", "của đồng chí Bí thư Đảng ủy xã với Nhân dân", "và theo dõi thực hiện kết luận năm 2026"]);
  });

  it("a UBND's report in the state format", async () => {
    const report = await one(example("ke-hoach-doi-thoai-2026-ubnd-xa-hoa-phong.yaml"), "--period", "2026-year", "--as-of", "2026-12-31");
    expect(summaryOf(report)).toEqual(["kết quả tổ chức đối thoại trực tiếp", "của đồng chí Chủ tịch UBND xã với Nhân dân", "và theo dõi thực hiện kết luận năm 2026"]);
  });

  it("a province's report keeps the wording's two lines, which fit", async () => {
    const report = await one(join(ROOT, "examples/ke-hoach-doi-thoai-2024-son-nguyen.yaml"), "--period", "2024-6m", "--as-of", "2024-06-30");
    expect(summaryOf(report)).toEqual(["kết quả tổ chức đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy với Nhân dân", "và theo dõi thực hiện kết luận 6 tháng đầu năm 2024"]);
  });
});

describe("a date in a report's table stays on one line", () => {
  const metrics = JSON.parse(readFileSync(join(ROOT, "templates/metrics/times-new-roman.json"), "utf8"));
  /** Each body table's columns: the header's text, the column's width in twips, and its cells. */
  const columns = (docx: DocxFile) =>
    all(docx.document, "tbl")
      .slice(1, -1) // the header and signature tables
      .flatMap((tbl) => {
        const widths = all(tbl, "gridCol").map((c) => Number(c.getAttributeNS(W, "w")));
        const rows = all(tbl, "tr").map((tr) => all(tr, "tc").map((tc) => all(tc, "p").map((p) => new Paragraph(p).text).join(" ")));
        return widths.map((width, i) => ({ header: rows[0][i], width, cells: rows.slice(1).map((r) => r[i]) }));
      });

  it("every date column of the reports is wide enough for '28/12/2025' at the cells' 12 pt", async () => {
    const reports = [
      await one(example("ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml"), "--period", "2025-year", "--as-of", "2025-12-31"),
      await one(join(ROOT, "examples/ke-hoach-doi-thoai-2024-son-nguyen.yaml"), "--period", "2024-6m", "--as-of", "2024-06-30"),
    ];
    const dated = reports.flatMap(columns).filter((c) => c.cells.some((cell) => /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(cell)));
    expect(dated.map((c) => c.header)).toEqual(["Thời hạn", "Ngày tổ chức", "Thời hạn"]);
    const widest = textWidthTwips(metrics, "28/12/2025", 12, false);
    for (const column of dated) expect(column.width - 2 * CELL_PADDING_TWIPS, column.header).toBeGreaterThanOrEqual(widest);
  });
});

describe("audience groups", () => {
  it("the session's notice gives each group its own line and the whole attendance after them, never '(…) (…)'", async () => {
    const texts = (await one(WORKERS, "--only", "session-notice")).texts();
    const at = texts.indexOf("5. Thành phần:");
    expect(texts.slice(at + 1, at + 4)).toEqual([
      "- Công nhân lao động các khu công nghiệp (Khu công nghiệp Tân Hòa và Khu công nghiệp Phước Thọ; khoảng 400 người).",
      "- Đại diện chủ doanh nghiệp (hơn 50 người).",
      "- Tổng số: 60 đại biểu và khoảng 500 người dân, trong đó: phần đối thoại với công nhân khoảng 420 người; phần làm việc với doanh nghiệp khoảng 80 người.",
    ]);
  });

  it("the plan joins them in one sentence, each after the first in lower case", async () => {
    const texts = (await one(example("ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml"), "--only", "plan")).texts();
    expect(texts).toContain("Đối tượng: Công nhân lao động (hàng trăm người); chủ cơ sở sản xuất (hơn 30 người).");
  });
});

describe("a report's table never leaves its last row alone under a repeated header", () => {
  it("keeps the header row with the first row and the row before the total with the total", async () => {
    const report = await one(join(ROOT, "examples/ke-hoach-doi-thoai-2024-son-nguyen.yaml"), "--period", "2024-6m", "--as-of", "2024-06-30");
    const units = all(report.document, "tbl").find((tbl) => all(tbl, "tr").some((tr) => new Paragraph(all(tr, "p")[1] ?? all(tr, "p")[0]).text === "Cộng"))!;
    const rows = all(units, "tr").map((tr) => all(tr, "p").map((p) => new Paragraph(p, report.styles)));
    const kept = rows.map((paragraphs) => paragraphs.every((p) => p.has("keepNext")));
    expect(rows.at(-1)!.map((p) => p.text)).toContain("Cộng");
    // header, then units 1–4, then the total: the header and unit 4 keep with the next row.
    expect(kept).toEqual([true, false, false, false, true, false]);
  });
});

describe("the tasks of a monthly session's occurrences say which month they belong to", () => {
  const PHUOC_AN = example("ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml");
  const TASK = "Tổng hợp đơn, thư, phản ánh của Nhân dân gửi đồng chí Bí thư chậm nhất 03 ngày làm việc trước mỗi buổi tiếp dân";

  it("in the reminder, inside the item's one pair of brackets", async () => {
    // One letter per unit with overdue tasks: the one that holds this task. The example gives it to
    // the Văn phòng, which sends the letters and gets none: here a reception desk does it.
    const desk = copyExample(PHUOC_AN, (t) => t.replace("    name: Văn phòng Đảng ủy xã\n", "    name: Bộ phận tiếp công dân xã\n"));
    const letters = Object.values(await renderDocuments(desk, "--only", "reminder", "--as-of", "2025-12-31")).map((doc) => doc.texts());
    const texts = letters.find((t) => t.some((line) => line.includes(TASK)))!;
    expect(texts).toBeDefined();
    // (Numbered among the letter's other items, the periodic report's months included.)
    const item = (tail: string) => texts.find((line) => /^\d+\. /.test(line) && line.endsWith(`${TASK} ${tail}`));
    expect(item("(buổi tháng 2/2025; theo Kế hoạch số 04-KH/ĐU ngày 8/1/2025; thời hạn: 12/2/2025; quá hạn 322 ngày).")).toBeDefined();
    expect(item("(buổi tháng 12/2025; theo Kế hoạch số 04-KH/ĐU ngày 8/1/2025; thời hạn: 16/12/2025; quá hạn 15 ngày).")).toBeDefined();
  });

  it("in the report's table of tasks still open", async () => {
    const texts = (await one(PHUOC_AN, "--period", "2025-year", "--as-of", "2025-12-31")).texts();
    expect(texts).toContain(`${TASK} (buổi tháng 2/2025).`);
    expect(texts).toContain(`${TASK} (buổi tháng 12/2025).`);
  });
});

describe("the report's total row and its count of tasks agree, or the report says why not", () => {
  const NOTE = "Nhiệm vụ giao nhiều cơ quan, đơn vị được tính cho từng cơ quan, đơn vị, nên dòng Cộng lớn hơn số nhiệm vụ nêu trên.";

  it("a task given to two units counts for each: '2 nhiệm vụ' above, 'Cộng … 3' in the table, and the note under it", async () => {
    const texts = (await one(join(ROOT, "examples/ke-hoach-doi-thoai-2021.yaml"), "--period", "2021-year", "--as-of", "2021-12-31")).texts();
    expect(texts.some((t) => t.startsWith("Tính đến ngày 31/12/2021, có 2 nhiệm vụ có thời hạn trong kỳ"))).toBe(true);
    const total = texts.indexOf("Cộng");
    expect(texts.slice(total, total + 6)).toEqual(["Cộng", "0", "0", "0", "3", "0%"]);
    expect(texts[total + 6]).toBe(NOTE);
  });

  it("no note when each task has one unit", async () => {
    const texts = (await one(join(ROOT, "examples/ke-hoach-doi-thoai-2024-son-nguyen.yaml"), "--period", "2024-6m", "--as-of", "2024-06-30")).texts();
    expect(texts).not.toContain(NOTE);
  });
});
