import { execFileSync, spawnSync } from "node:child_process";
import { strFromU8 } from "fflate";
import { cpSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { all, DocxFile, Paragraph, renderDocuments, W } from "../helpers/docx.js";
import { copyExample, dialogue, ROOT, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";

const seedLines = readFileSync(join(ROOT, "test/fixtures/seed/ke-hoach-doi-thoai-2021.txt"), "utf8")
  .split("\n")
  .map((l) => l.trim().replace(/\*/g, ""))
  .filter(Boolean);

/** Renders into a fresh folder and opens the written file whose name ends with `kind` (the plan by default). */
async function render(file: string, ...args: string[]): Promise<DocxFile> {
  return renderKind(file, "-ke-hoach.docx", ...args);
}

async function renderKind(file: string, kind: string, ...args: string[]): Promise<DocxFile> {
  const documents = await renderDocuments(file, ...args);
  const name = Object.keys(documents).find((n) => n.endsWith(kind));
  if (!name) throw new Error(`no ${kind} among ${Object.keys(documents).join(", ")}`);
  return documents[name];
}

describe("dialogue render of the 2021 seed plan", () => {
  let docx: DocxFile;
  beforeAll(async () => {
    docx = await render(SEED);
  });

  it("contains every line of the seed, in the seed's order", () => {
    const texts = docx.texts().map((t) => t.replace(/\.\/\.$/, "."));
    let at = 0;
    for (const line of seedLines) {
      const found = texts.indexOf(line, at);
      expect(found, `"${line}" after paragraph ${at}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it("has the formal header: issuer and star beside the Party heading, then the number and the date on one row", () => {
    const header = all(docx.document, "tbl")[0];
    const rows = all(header, "tr").map((tr) => all(tr, "tc").map((tc) => all(tc, "p").map((p) => new Paragraph(p).text)));
    // One row for the number and the date: their cells start level, so the two lines share a baseline.
    expect(rows).toEqual([
      [["TỈNH ỦY QUẢNG NGÃI", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", ""]],
      [["Số 45-KH/TU"], ["Quảng Ngãi, ngày 15 tháng 3 năm 2021"]],
    ]);
    expect(docx.texts().filter((t) => /^Số\s*:/.test(t))).toEqual([]);
  });

  it("is A4 with the HD36 margins, a different first page, and Times New Roman in every script slot", () => {
    const doc = docx.document;
    const pgSz = all(doc, "pgSz")[0];
    const pgMar = all(doc, "pgMar")[0];
    expect([pgSz.getAttributeNS(W, "w"), pgSz.getAttributeNS(W, "h")]).toEqual(["11906", "16838"]);
    expect(["top", "bottom", "left", "right"].map((s) => pgMar.getAttributeNS(W, s))).toEqual(["1134", "1134", "1701", "850"]);
    expect(all(doc, "titlePg")).toHaveLength(1);
    const fonts = all(docx.xml("word/styles.xml"), "rFonts")[0];
    for (const slot of ["ascii", "hAnsi", "eastAsia", "cs"]) expect(fonts.getAttributeNS(W, slot)).toBe("Times New Roman");
  });

  it.each([
    ["TỈNH ỦY QUẢNG NGÃI", 14, true, false, false],
    ["Số 45-KH/TU", 14, false, false, false],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false, false],
    ["Quảng Ngãi, ngày 15 tháng 3 năm 2021", 14, false, true, false],
    ["KẾ HOẠCH", 16, true, false, false],
    ["tổ chức đối thoại trực tiếp của đồng chí", 14, true, false, false],
    ["I. Mục đích, yêu cầu", 14, true, false, false],
    ["1. Mục đích", 14, true, false, false],
    ["III. Tổ chức thực hiện", 14, true, false, false],
    ["Nơi nhận:", 14, false, false, true],
    ["- Ban Bí thư TW Đảng,", 12, false, false, false],
    ["T/M BAN THƯỜNG VỤ", 14, true, false, false],
    ["BÍ THƯ", 14, false, false, false],
    ["Bùi Thị Quỳnh Vân", 14, true, false, false],
  ])("sets %s in %i pt (bold %s, italic %s, underlined %s)", (text, size, bold, italic, underline) => {
    for (const run of docx.paragraph(text).runs()) {
      expect({ size: run.sizePt, bold: run.bold, italic: run.italic, underline: run.underline }).toEqual({ size, bold, italic, underline });
    }
  });

  it("sets the body at 14 pt, justified, first line indented 10 mm, exactly 18 pt apart, with the seed's emphasis", () => {
    const basis = docx.paragraphs().find((p) => p.text.startsWith("Thực hiện Quy chế"))!;
    expect([basis.prop("jc", "val"), basis.prop("ind", "firstLine"), basis.prop("spacing", "line"), basis.prop("spacing", "lineRule")]).toEqual([
      "both",
      "567",
      "360",
      "exact",
    ]);
    const report = docx.paragraphs().find((p) => p.text.startsWith("- Xây dựng Báo cáo"))!;
    const date = report.runs().find((r) => r.text === "31/3/2021")!;
    expect([date.bold, date.italic]).toEqual([true, false]);
    const theme2 = docx.paragraphs().find((p) => p.text.startsWith("2. Chủ đề 2:"))!;
    expect(theme2.runs().find((r) => r.text.startsWith("Lắng nghe"))?.italic).toBe(true);
  });

  it("draws the line under the Party heading exactly as long as the heading (206.7 pt = 4133 twips)", () => {
    const heading = docx.paragraph("ĐẢNG CỘNG SẢN VIỆT NAM");
    const rule = heading.next();
    expect(rule.text).toBe("");
    expect(rule.has("pBdr")).toBe(true);
    const cell = all(docx.document, "tcW")[1].getAttributeNS(W, "w");
    const length = Number(cell) - 2 * 108 - Number(rule.prop("ind", "left")) - Number(rule.prop("ind", "right"));
    expect(Math.abs(length - 4133)).toBeLessThanOrEqual(1);
    expect(docx.texts().some((t) => /_{3,}/.test(t))).toBe(false);
  });

  it("numbers pages from 2 on, centred in the header, and not on page 1", () => {
    const rels = docx.xml("word/_rels/document.xml.rels");
    const target = (type: string) => {
      const ref = all(docx.document, "headerReference").find((h) => h.getAttributeNS(W, "type") === type)!;
      const id = ref.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
      const rel = Array.from(rels.getElementsByTagName("Relationship")).find((r) => r.getAttribute("Id") === id)!;
      return docx.xml(`word/${rel.getAttribute("Target")}`);
    };
    const instr = (doc: ReturnType<typeof target>) => all(doc, "instrText").map((i) => i.textContent?.trim());
    expect(instr(target("default"))).toEqual(["PAGE"]);
    expect(instr(target("first"))).toEqual([]);
    const pageNumber = new Paragraph(all(target("default"), "p")[0], docx.styles);
    expect([pageNumber.style, pageNumber.prop("jc", "val")]).toEqual(["Header", "center"]);
  });

  it("ends the content with ./. and punctuates the recipients as HD36 says", () => {
    const texts = docx.texts();
    expect(texts.find((t) => t.startsWith("Đề nghị cơ quan"))?.endsWith("(nếu cần thiết)./.")).toBe(true);
    expect(texts).toContain("- Ban Nội chính TW,");
    expect(texts).toContain("- Lưu Văn phòng Tỉnh ủy.");
  });
});

describe("dialogue render, other cases", () => {
  it("gives identical bytes when run twice", async () => {
    const [a, b] = [await render(SEED), await render(SEED)];
    expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(true);
  });

  it("writes a draft with blank number and date, and pads January/February and single-digit days", async () => {
    const draft = copyExample(SEED, (t) => t.replace("number: 45\n", "").replace("date: 2021-03-15\n", ""));
    const texts = (await render(draft)).texts();
    expect(texts).toContain("Số      -KH/TU");
    expect(texts).toContain("Quảng Ngãi, ngày    tháng    năm 2021");
    const early = copyExample(SEED, (t) => t.replace("number: 45", "number: 5").replace("date: 2021-03-15", "date: 2021-02-05"));
    const earlyTexts = (await render(early)).texts();
    expect(earlyTexts).toContain("Số 05-KH/TU");
    expect(earlyTexts).toContain("Quảng Ngãi, ngày 05 tháng 02 năm 2021");
  });

  it("uses the HD05 profile's punctuation when asked", async () => {
    const texts = (await render(SEED, "--profile", "hd05")).texts();
    expect(texts).toContain("- Ban Nội chính TW;");
    expect(texts.find((t) => t.startsWith("Đề nghị cơ quan"))?.endsWith("(nếu cần thiết).")).toBe(true);
  });

  it("follows a province's templates: changed wording and spacing change the document", async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "templates"), dir, { recursive: true });
    const wording = JSON.parse(readFileSync(join(dir, "wording.json"), "utf8"));
    wording.plan.implementationSection = "Tổ chức triển khai";
    writeFileSync(join(dir, "wording.json"), JSON.stringify(wording));
    writeFileSync(join(dir, "profiles/hd36.json"), JSON.stringify({ body: { lineExactPt: 20 } }));
    const docx = await render(SEED, "--templates", dir);
    expect(docx.texts()).toContain("III. Tổ chức triển khai");
    const basis = docx.paragraphs().find((p) => p.text.startsWith("Thực hiện Quy chế"))!;
    expect(basis.prop("spacing", "line")).toBe("400");
  });

  it("writes the superior body's line above the issuer, widening the column so that neither wraps", async () => {
    const district = copyExample(SON_NGUYEN, (t) =>
      t.replace("  name: TỈNH ỦY SƠN NGUYÊN # Tỉnh ủy không ghi dòng cơ quan cấp trên (superior)\n  code: TU", "  superior: ĐẢNG BỘ TỈNH SƠN NGUYÊN\n  name: HUYỆN ỦY TÂN HÒA\n  code: HU"),
    );
    const docx = await render(district);
    expect(docx.texts().slice(0, 3)).toEqual(["ĐẢNG BỘ TỈNH SƠN NGUYÊN", "HUYỆN ỦY TÂN HÒA", "*"]);
    expect(docx.texts()).toContain("Số 07-KH/HU");
    expect(docx.paragraph("ĐẢNG BỘ TỈNH SƠN NGUYÊN").runs()[0]).toMatchObject({ sizePt: 14, bold: false });
    const [left, right] = all(docx.document, "gridCol").map((c) => Number(c.getAttributeNS(W, "w")));
    expect(left + right).toBe(9355);
    expect(left).toBeGreaterThanOrEqual(3889 + 2 * 108); // "ĐẢNG BỘ TỈNH SƠN NGUYÊN" at 14 pt regular, plus the cell margins
  });

  it("renders the fictional plan's other shapes: co-chairs, alternatives, requirements", async () => {
    const texts = (await render(SON_NGUYEN)).texts();
    expect(texts[0]).toBe("TỈNH ỦY SƠN NGUYÊN");
    expect(texts).toContain("Số 07-KH/TU");
    expect(texts).toContain("Sơn Nguyên, ngày 05 tháng 02 năm 2024");
    expect(texts).toContain("2. Yêu cầu");
    expect(texts).toContain("Thời gian thực hiện: Dự kiến giữa tháng 4/2024.");
    expect(texts).toContain("Thời gian thực hiện: Dự kiến ngày 14/11/2024 hoặc 21/11/2024.");
    expect(texts).toContain("Số lượng: 150 người.");
    expect(texts).toContain("Đồng chủ trì: các đồng chí Nguyễn Văn Khải, Bí thư Tỉnh ủy và Trần Thị Mai Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.");
  });

  it("reads templates only inside their folder: a link leading outside is refused", async () => {
    const dir = tempDir();
    const outside = join(tempDir(), "bi-mat.json");
    writeFileSync(outside, JSON.stringify({ plan: { implementationSection: "lộ" } }));
    symlinkSync(outside, join(dir, "wording.json"));
    const run = await dialogue(["render", SEED, "-o", tempDir(), "--templates", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("trỏ ra ngoài thư mục mẫu");
  });

  it("refuses an unknown profile and a missing templates folder with exit 2", async () => {
    const profile = await dialogue(["render", SEED, "-o", tempDir(), "--profile", "hd99"]);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('không có thể thức "hd99"');
    const folder = await dialogue(["render", SEED, "-o", tempDir(), "--templates", "/khong/co"]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("không có thư mục mẫu văn bản /khong/co");
  });

  const soffice = spawnSync("soffice", ["--version"]).status === 0;
  it.skipIf(!soffice)("opens in LibreOffice: A4 pages, no number on page 1, \"2\" at the top of page 2", async () => {
    const docx = await render(SEED);
    const out = tempDir();
    execFileSync("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", out, docx.path], { env: { ...process.env, HOME: out }, stdio: "ignore" });
    const pdf = join(out, docx.path.split("/").pop()!.replace(/\.docx$/, ".pdf"));
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Pages:\s+[3-5]\n/);
    expect(info).toContain("A4");
    const page = (n: number) => execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", pdf, "-"], { encoding: "utf8" });
    expect(page(1).trim().split("\n")[0]).toMatch(/TỈNH ỦY QUẢNG NGÃI\s+ĐẢNG CỘNG SẢN VIỆT NAM/);
    expect(page(2).trim().split("\n")[0].trim()).toBe("2");
    expect(page(1)).toContain("KẾ HOẠCH");
  });
});

describe("dialogue render: a DOCX a clerk can edit in Word", () => {
  let docx: DocxFile;
  beforeAll(async () => {
    docx = await render(SEED);
  });
  const styleXml = (id: string) => docx.styles.byId.get(id)!;

  it("makes Normal the body text, so that Clear Formatting keeps the body's look", () => {
    const normal = new Paragraph(docx.document.createElementNS(W, "w:p"), docx.styles);
    expect(normal.style).toBe("Normal");
    expect([normal.prop("jc", "val"), normal.prop("ind", "firstLine"), normal.prop("spacing", "line"), normal.prop("spacing", "lineRule"), normal.prop("spacing", "before")]).toEqual(["both", "567", "360", "exact", "120"]);
    expect(normal.has("widowControl")).toBe(true);
    expect(all(styleXml("Normal"), "sz")[0].getAttributeNS(W, "val")).toBe("28");
  });

  it("sets the body paragraphs in Normal and the headings in Heading 1/2 with outline levels, with no direct layout", () => {
    const styleOf = (start: string) => docx.paragraphs().find((p) => p.text.startsWith(start))!;
    expect(styleOf("Thực hiện Quy chế").style).toBe("Normal");
    expect(styleOf("I. Mục đích").style).toBe("Heading1");
    expect(styleOf("1. Mục đích").style).toBe("Heading2");
    expect(styleOf("KẾ HOẠCH").style).toBe("Title");
    expect([docx.styles.name("Heading1"), all(styleXml("Heading1"), "outlineLvl")[0].getAttributeNS(W, "val")]).toEqual(["heading 1", "0"]);
    expect([docx.styles.name("Heading2"), all(styleXml("Heading2"), "outlineLvl")[0].getAttributeNS(W, "val")]).toEqual(["heading 2", "1"]);
    for (const p of docx.paragraphs().filter((p) => p.text)) {
      for (const tag of ["jc", "ind", "spacing"]) expect(p.hasDirect(tag), `${tag} on "${p.text}"`).toBe(false);
      for (const run of p.runs()) for (const tag of ["sz", "rFonts", "u"]) expect(run.hasDirect(tag), `${tag} in "${p.text}"`).toBe(false);
    }
  });

  it("names each formal part's style, and every paragraph's style exists", () => {
    const used = new Set(docx.paragraphs().map((p) => p.style));
    for (const id of used) expect(docx.styles.byId.has(id), id).toBe(true);
    expect(docx.styles.name(docx.paragraph("Nơi nhận:").style)).toBe("Nơi nhận");
    expect(docx.styles.name(docx.paragraph("Bùi Thị Quỳnh Vân").style)).toBe("Họ tên người ký");
    expect(docx.styles.name(docx.paragraph("tổ chức đối thoại trực tiếp của đồng chí").style)).toBe("Trích yếu");
  });

  it("leaves no paragraph style coloured (docx's default headings are blue)", () => {
    const coloured = [...docx.styles.byId.entries()]
      .filter(([, style]) => style.getAttributeNS(W, "type") === "paragraph")
      .filter(([, style]) => all(style, "color").some((c) => !["000000", "auto"].includes(c.getAttributeNS(W, "val") ?? "")))
      .map(([id]) => id);
    expect(coloured).toEqual([]);
  });

  it("records the issuing body as the author and Vietnamese as the language", () => {
    const core = docx.xml("docProps/core.xml");
    const text = (ns: string, tag: string) => core.getElementsByTagNameNS(ns, tag)[0]?.textContent;
    expect(text("http://purl.org/dc/elements/1.1/", "creator")).toBe("TỈNH ỦY QUẢNG NGÃI");
    expect(text("http://purl.org/dc/elements/1.1/", "language")).toBe("vi-VN");
    expect(strFromU8(docx.parts["docProps/core.xml"])).not.toContain("dialogue");
  });

  it("keeps the signature block whole and with the content's last paragraph; a line ending in ':' stays with what follows", () => {
    const table = all(docx.document, "tbl").at(-1)!;
    expect(all(table, "tr").map((tr) => all(tr, "cantSplit").length)).toEqual([1]);
    const last = docx.paragraphs().find((p) => p.text.endsWith("./."))!;
    expect(last.has("keepNext")).toBe(true);
    const colon = docx.paragraphs().find((p) => p.text.startsWith("Thực hiện Quy chế"))!;
    expect([colon.text.endsWith(":"), colon.has("keepNext")]).toEqual([true, true]);
    expect(docx.paragraphs().find((p) => p.text.startsWith("- Giúp Tỉnh ủy"))!.has("keepNext")).toBe(false);
  });

  it("starts Nơi nhận at the body's margin: no cell padding on its left", () => {
    const cell = all(all(docx.document, "tbl").at(-1)!, "tc")[0];
    expect(all(cell, "tcMar").flatMap((m) => all(m, "left")).map((l) => l.getAttributeNS(W, "w"))).toEqual(["0"]);
  });
});

describe("dialogue render: the header's long issuer names", () => {
  it.each([
    ["ỦY BAN NHÂN DÂN XÃ CHÍ MINH", ["ỦY BAN NHÂN DÂN", "XÃ CHÍ MINH"]],
    ["ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", ["ĐẢNG ỦY CÁC CƠ QUAN", "ĐẢNG TỈNH"]],
    ["UBND THÀNH PHỐ HẢI PHÒNG", ["UBND", "THÀNH PHỐ HẢI PHÒNG"]],
  ])("breaks %s between word groups, each line fitting its column", async (name, lines) => {
    const plan = copyExample(SEED, (t) => t.replace("name: TỈNH ỦY QUẢNG NGÃI", `name: ${name}`));
    const docx = await render(plan);
    const cell = all(all(all(docx.document, "tbl")[0], "tr")[0], "tc")[0];
    expect(all(cell, "p").map((p) => new Paragraph(p).text)).toEqual([...lines, "*"]);
  });
});

describe("dialogue render: the same bytes everywhere", () => {
  it("gives identical files under two time zones (zip times are wall-clock fields)", async () => {
    const bytes = async (TZ: string) => {
      const out = tempDir();
      const run = await dialogue(["render", SEED, "-o", out], { env: { TZ } });
      expect(run.code).toBe(0);
      return readFileSync(join(out, "ke-hoach-doi-thoai-2021-ke-hoach.docx"));
    };
    const [vietnam, losAngeles, kiribati] = [await bytes("Asia/Ho_Chi_Minh"), await bytes("America/Los_Angeles"), await bytes("Pacific/Kiritimati")];
    expect(losAngeles.equals(vietnam)).toBe(true);
    expect(kiribati.equals(vietnam)).toBe(true);
  });
});
