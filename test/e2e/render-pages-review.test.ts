import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type DocxFile, renderDocuments } from "../helpers/docx.js";
import { ROOT } from "../helpers/cli.js";

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
