import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, lineOf, ROOT, SEED, tempDir } from "../helpers/cli.js";

const EXAMPLES = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join(ROOT, "examples", f));

/** The seed's bytes in UTF-16, with or without a BOM, either byte order. */
function utf16(order: "LE" | "BE", bom: boolean): Buffer {
  const le = Buffer.from((bom ? "\uFEFF" : "") + readFileSync(SEED, "utf8"), "utf16le");
  if (order === "LE") return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
}

describe("a plan saved as UTF-16 is named as such, with how to save it as UTF-8 (#16.5)", () => {
  it.each([
    ["LE", true],
    ["LE", false],
    ["BE", true],
    ["BE", false],
  ] as const)("UTF-16 %s, BOM %s", async (order, bom) => {
    const file = join(tempDir(), "ke-hoach.yaml");
    writeFileSync(file, utf16(order, bom));
    const run = await dialogue(["validate", file]);
    expect(run.code).toBe(2);
    const endian = order === "LE" ? "little-endian" : "big-endian";
    expect(run.stdout).toContain(`${file}  lỗi  tệp được lưu bằng bảng mã UTF-16 ${endian} (Notepad gọi là "Unicode"`);
    expect(run.stdout).toContain("chọn File → Save As (Lưu thành), ở ô Encoding chọn UTF-8");
    const status = await dialogue(["status", file]);
    expect(status.code).toBe(2);
    expect(status.stderr).toContain("UTF-16");
  });
});

describe("text in the old Vietnamese font encodings, pasted into UTF-8 (#16.5)", () => {
  it.each([
    ["TCVN3", "Ban Th­êng vô §¶ng ñy", "Th­êng", "TCVN3 (ABC)"],
    ["VNI", "Ban Thöôøng vuï Ñaûng uûy", "Thöôøng", "VNI Windows"],
    ["TCVN3, one word inside a sentence", "Đối thoại với thanh niªn về việc làm", "niªn", "TCVN3 (ABC)"],
  ])("%s is warned about at its line, with how to convert it", async (_, pasted, word, source) => {
    const file = copyExample(SEED, (t) => t.replace("  name: TỈNH ỦY QUẢNG NGÃI", `  name: ${pasted}`));
    const run = await dialogue(["validate", file]);
    expect(run.code).toBe(0);
    const line = lineOf(readFileSync(file, "utf8"), pasted);
    expect(run.stdout).toContain(`${file}:${line}:9  cảnh báo  issuer.name  đoạn chữ có chữ "${word}" viết bằng bảng mã cũ`);
    expect(run.stdout).toContain(`mở Unikey → Công cụ (Ctrl+Shift+F6), chọn bảng mã nguồn ${source}, bảng mã đích Unicode`);
  });

  it("raises no false alarm on real Vietnamese: every example, every letter with every mark, and signs beside letters", async () => {
    const letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
    const text = [
      letters,
      letters.toUpperCase(),
      "Nhiệt độ 25°C, diện tích 120 m², «Tên dự án», Điều 5 §2, Công ty ABC®, ©2024 Báo Quảng Ngãi",
      "Trường THPT Lê Khiết; xã Tịnh Ấn Tây; phường Trương Quang Trọng; đặc khu Lý Sơn",
    ].join(" ");
    const file = copyExample(SEED, (t) => t.replace("closing: >-\n", `closing: >-\n  ${text}\n`));
    for (const plan of [...EXAMPLES, file]) {
      const run = await dialogue(["validate", plan, "--format", "json"]);
      expect(run.code, run.stdout).toBe(0);
      expect(JSON.parse(run.stdout).filter((f: { code: string }) => f.code === "legacy-vietnamese-encoding"), plan).toEqual([]);
    }
  });
});
