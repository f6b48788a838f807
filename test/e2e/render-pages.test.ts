import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderCommand } from "../../src/commands/render.js";
import { translator } from "../../src/i18n/translate.js";
import { SON_NGUYEN, tempDir } from "../helpers/cli.js";

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
const PAD_WORD = "x".repeat(50); // 350 pt at 14 pt: wider than half the 467 pt line, narrower than a line

const soffice = spawnSync("soffice", ["--version"]).status === 0 && spawnSync("pdftotext", ["-v"]).status === 0;

/** Every document kind of the 2024 example, with what its block holds and how its content ends. */
const KINDS = [
  { kind: "plan", suffix: "-ke-hoach.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Ban Dân vận Trung ương", "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Khải"] },
  { kind: "notice", suffix: "-thong-bao-ket-luan-dat-dai.pdf", contentEnd: "./.", block: ["Nơi nhận:", "- Lưu Văn phòng Tỉnh ủy.", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Trương Công Bình"] },
  { kind: "minutes", suffix: "-bien-ban-dat-dai.pdf", contentEnd: "cùng ngày.", block: ["NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ", "Võ Minh Tâm", "Nguyễn Văn Khải"] },
] as const;

describe.skipIf(!soffice)("the signature block at a page end (LibreOffice → PDF → text)", () => {
  const pages = new Map<string, string[][]>(); // kind → per variant, the text of each page
  beforeAll(async () => {
    const dir = tempDir();
    const docx = join(dir, "docx");
    const pdf = join(dir, "pdf");
    const source = readFileSync(SON_NGUYEN, "utf8");
    const t = translator("vi");
    for (let lines = 0; lines < LINES_PER_PAGE; lines++) {
      const file = join(dir, `dem-${String(lines).padStart(2, "0")}.yaml`);
      writeFileSync(file, padded(source, lines));
      const result = await renderCommand([file], { output: docx, profile: "hd36" }, t);
      expect(result.exitCode, result.stderr).toBe(0);
    }
    mkdirSync(pdf);
    const files = readdirSync(docx).map((f) => join(docx, f));
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdf, ...files], {
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
      for (const part of block) expect(firstLine.includes(part), `${where}: page ${page + 1} starts with "${part}"`).toBe(false);
    });
    // The sweep did push the block over a page end.
    expect(pageCounts.size, `${kind}: page counts ${[...pageCounts]}`).toBeGreaterThan(1);
  });
});

/** The example with `lines` extra lines of content before the end: in the plan's requirements and in the record's assessment. */
function padded(source: string, lines: number): string {
  if (!lines) return source;
  const words = Array.from({ length: lines }, () => PAD_WORD).join(" ");
  const out = source.replace("requirements:\n", `requirements:\n  - ${words}\n`).replace("      assessment:\n", `      assessment:\n        - ${words}\n`);
  if (out.split(PAD_WORD).length - 1 !== 2 * lines) throw new Error("the example changed: no requirements or assessment to pad");
  return out;
}
