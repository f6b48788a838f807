import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderCommand } from "../../src/commands/render.js";
import { translator } from "../../src/i18n/translate.js";
import { ROOT, SON_NGUYEN, tempDir } from "../helpers/cli.js";

/**
 * The signature block pushed to every position near a page end, laid out by LibreOffice: no page
 * may start with part of the block, and the block shares its page with the end of the content.
 *
 * Each variant adds one line to the content (a padding word wider than half a line sits alone on
 * its line), so 0–40 extra lines move the block through every position of a 40-line page. The
 * variants are rendered in-process by the render command (spawning 41 binaries cost more than the
 * layout), and converted in one LibreOffice call.
 */
const LINES_PER_PAGE = 41; // HD36: (297 − 20 − 20) mm of text at exactly 18 pt ≈ 40.5 lines
const PAD_WORD = "x".repeat(50);
const SOFFICE_BATCH = 100; // 350 pt at 14 pt: wider than half the 467 pt line, narrower than a line

const soffice = spawnSync("soffice", ["--version"]).status === 0 && spawnSync("pdftotext", ["-v"]).status === 0;

const OFFICE = ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Trương Công Bình"];
/** Every document kind of the examples, with what its block holds and how its content ends. */
const KINDS = [
  { kind: "plan", suffix: "dem-ke-hoach.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Ban Dân vận Trung ương", "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Khải"] },
  { kind: "amendment", suffix: "-ke-hoach-dieu-chinh-dieu-chinh-1.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Ban Dân vận Trung ương", "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Khải"] },
  { kind: "session-notice", suffix: "-thong-bao-to-chuc-dat-dai.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Báo Sơn Nguyên,", "- Lưu Văn phòng Tỉnh ủy.", ...OFFICE] },
  { kind: "change-notice", suffix: "-thong-bao-thay-doi-thanh-nien-2024-09-05.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Thường trực Tỉnh ủy (để b/c),", "- Lưu Văn phòng Tỉnh ủy.", ...OFFICE] },
  { kind: "conclusions", suffix: "-thong-bao-ket-luan-dat-dai.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Lưu Văn phòng Tỉnh ủy.", ...OFFICE] },
  { kind: "minutes", suffix: "-bien-ban-dat-dai.pdf", contentEnd: "cùng ngày.", block: ["NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ", "Võ Minh Tâm", "Nguyễn Văn Khải"] },
  { kind: "report", suffix: "-bao-cao-2024-6m.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Mai Lan"] },
  { kind: "reminder", suffix: "-cong-van-don-doc-tinh-doan.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Như trên,", "- Lưu Văn phòng Tỉnh ủy.", ...OFFICE] },
  { kind: "state plan (ND30)", suffix: "nn-ke-hoach.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Lưu: VT, VP.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vũ Đình Khang"] },
  // A state letter: "V/v …" under the number, "Nơi nhận:" bold italic, the office signing by order of the chair.
  { kind: "state reminder (ND30)", suffix: "uy-cong-van-don-doc-phong-kinh-te.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(chưa ghi người ký)"] },
] as const;

describe.skipIf(!soffice)("the signature block at a page end (LibreOffice → PDF → text)", () => {
  const pages = new Map<string, string[][]>(); // kind → per variant, the text of each page
  beforeAll(async () => {
    const dir = tempDir();
    const docx = join(dir, "docx");
    const pdf = join(dir, "pdf");
    const source = readFileSync(SON_NGUYEN, "utf8");
    const state = readFileSync(join(ROOT, "examples/ke-hoach-doi-thoai-2026-ubnd-xa-hoa-phong.yaml"), "utf8");
    const context = { t: translator("vi"), now: new Date(), env: process.env };
    for (let lines = 0; lines < LINES_PER_PAGE; lines++) {
      const n = String(lines).padStart(2, "0");
      const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
      // Every document the example records, its 6-month report, and (padded in its own text) its reminder letter.
      const year = write(`${n}-dem.yaml`, padded(source, lines));
      for (const args of [{}, { period: "2024-6m", asOf: "2024-06-30" }]) {
        const result = await renderCommand([year], { output: docx, ...args }, context);
        expect(result.exitCode, result.stderr).toBe(0);
      }
      const reminder = await renderCommand([write(`${n}-nhac.yaml`, paddedTask(source, lines))], { output: docx, only: "reminder", asOf: "2024-09-10" }, context);
      expect(reminder.exitCode, reminder.stderr).toBe(0);
      const ubnd = await renderCommand([write(`${n}-nn.yaml`, padIn(state, "requirements:\n", "  - ", lines))], { output: docx }, context);
      expect(ubnd.exitCode, ubnd.stderr).toBe(0);
      const stateLetter = await renderCommand([write(`${n}-uy.yaml`, padIn(state, "          Xây dựng phương án chuyển đổi cây trồng", "", lines, " "))], { output: docx, only: "reminder", asOf: "2026-12-31" }, context);
      expect(stateLetter.exitCode, stateLetter.stderr).toBe(0);
    }
    mkdirSync(pdf);
    const files = readdirSync(docx).map((f) => join(docx, f));
    // In batches: one LibreOffice run stopped converting after about 250 documents, still exiting 0.
    for (let at = 0; at < files.length; at += SOFFICE_BATCH)
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdf, ...files.slice(at, at + SOFFICE_BATCH)], {
        env: { ...process.env, HOME: dir },
        stdio: "ignore",
        timeout: 600_000,
      });
    for (const { kind, suffix } of KINDS) {
      const variants = readdirSync(pdf).filter((f) => f.endsWith(suffix)).sort();
      pages.set(kind, variants.map((f) => execFileSync("pdftotext", ["-layout", join(pdf, f), "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim())));
    }
  }, 900_000);

  it.each(KINDS)("keeps the $kind's block whole, on the page of the content's end, at every position", ({ kind, block, contentEnd }) => {
    const variants = pages.get(kind)!;
    expect(variants).toHaveLength(LINES_PER_PAGE);
    const pageCounts = new Set<number>();
    variants.forEach((texts, lines) => {
      pageCounts.add(texts.length);
      // The block ends the document: the last page naming each of its lines (a name may also occur in the content).
      const lastPageOf = (needle: string) => texts.findLastIndex((text) => text.includes(needle));
      const blockPages = new Set(block.map(lastPageOf));
      const where = `${kind} with ${lines} extra lines`;
      expect(blockPages.has(-1), `${where}: a line of the block is missing`).toBe(false);
      expect(blockPages.size, `${where}: the block is split over pages ${[...blockPages].map((i) => i + 1)}`).toBe(1);
      const [page] = blockPages;
      expect(lastPageOf(contentEnd), `${where}: the content ends on another page than the block`).toBe(page);
      // The page the block is on starts with the content, never with the block.
      const firstLine = texts[page].split("\n").find((l) => l.trim() && !/^\s*\d+\s*$/.test(l))!;
      // (A name of the block may also be said in the content: "Chủ trì: Vũ Đình Khang, …".)
      for (const part of block) expect(firstLine.trim().startsWith(part), `${where}: page ${page + 1} starts with "${part}"`).toBe(false);
    });
    // The sweep did push the block over a page end.
    expect(pageCounts.size, `${kind}: page counts ${[...pageCounts]}`).toBeGreaterThan(1);
  });
});

/**
 * The example with `lines` extra lines in each document's content, before its end: the plan's
 * requirements, the record's assessment (notice, minutes), the amendment's task change, the session
 * notice's registration, what the postponement says of registered citizens, the report's assessment.
 */
function padded(source: string, lines: number): string {
  let out = padIn(source, "requirements:\n", "  - ", lines);
  out = padIn(out, "      assessment:\n", "        - ", lines);
  out = padIn(out, "        text: >-\n          bổ sung khảo sát", "", lines, " ");
  out = padIn(out, "      registration: >-\n        Người dân", "", lines, " ");
  out = padIn(out, "        reason: Tập trung khắc phục hậu quả mưa lũ tháng 9/2024.\n", "        registered: ", lines);
  return padIn(out, "    assessment:\n      - >-\n        Buổi đối thoại", "", lines, " ");
}

/** The example with `lines` extra lines in the overdue survey task, the reminder letter's content. */
const paddedTask = (source: string, lines: number) => padIn(source, "          Khảo sát nhu cầu học nghề", "", lines, " ");

/** `lines` padding words inserted at `anchor` (after it, as a new item or inside its text); the anchor must be there. */
function padIn(source: string, anchor: string, item: string, lines: number, join = "\n"): string {
  if (!source.includes(anchor)) throw new Error(`the example changed: no "${anchor}" to pad`);
  if (!lines) return source;
  const words = Array.from({ length: lines }, () => PAD_WORD).join(" ");
  const [head, tail] = [anchor.slice(0, anchor.lastIndexOf(" ") + 1), anchor.slice(anchor.lastIndexOf(" ") + 1)];
  return join === "\n" ? source.replace(anchor, `${anchor}${item}${words}\n`) : source.replace(anchor, `${head}${words} ${tail}`);
}
