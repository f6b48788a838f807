import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, lineOf, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";

describe("dialogue validate", () => {
  it("accepts both bundled examples", async () => {
    const run = await dialogue(["validate", SEED, SON_NGUYEN]);
    expect(run.stdout).toContain("đã kiểm tra 2 tệp: không có lỗi");
    expect(run.code).toBe(0);
  });

  it("names the file and the line of an impossible deadline", async () => {
    const file = copyExample(SEED, (t) => t.replace("on: 2021-03-31", "on: 2021-02-30"));
    const run = await dialogue(["validate", file]);
    const line = lineOf(readFileSync(file, "utf8"), "on: 2021-02-30");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}:${line}:15  lỗi`);
    expect(run.stdout).toContain('"2021-02-30" không phải ngày có thật (tháng 2/2021 chỉ có 28 ngày)');
  });

  it("says a day 0 is no day, not that the month is too short", async () => {
    const file = copyExample(SEED, (t) => t.replace("on: 2021-03-31", "on: 2021-03-00"));
    const run = await dialogue(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}:${lineOf(readFileSync(file, "utf8"), "on: 2021-03-00")}:15  lỗi`);
    expect(run.stdout).toContain('"2021-03-00" không phải ngày có thật (ngày bắt đầu từ 1)');
    const english = await dialogue(["validate", file, "--lang", "en"]);
    expect(english.stdout).toContain('"2021-03-00" is not a real date (days start at 1)');
  });

  it("gives one finding at the right line for a YAML syntax error", async () => {
    const file = copyExample(SEED, (t) => t.replace("  code: TU\n", "  code: [TU\n"));
    const run = await dialogue(["validate", file, "--format", "json"]);
    const findings = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file, line: lineOf(readFileSync(file, "utf8"), "code: [TU"), severity: "error" });
  });

  it("points at a misspelled unit id and suggests the right one", async () => {
    const file = copyExample(SEED, (t) => t.replace("  - units: [cong-an]", "  - units: [cong-ann]"));
    const run = await dialogue(["validate", file, "--format", "json"]);
    const findings = JSON.parse(run.stdout);
    expect(findings).toEqual([
      expect.objectContaining({ code: "unknown-unit", line: lineOf(readFileSync(file, "utf8"), "cong-ann"), column: 13 }),
    ]);
    expect(findings[0].message).toContain('có phải là "cong-an"?');
    expect(run.code).toBe(1);
  });

  it("reports a duplicate task id at the second use and names the first line", async () => {
    const file = copyExample(SEED, (t) => t.replace("id: to-giup-viec", "id: ghi-bien-ban"));
    const text = readFileSync(file, "utf8");
    const run = await dialogue(["validate", file, "--format", "json", "--lang", "en"]);
    const findings = JSON.parse(run.stdout);
    const first = lineOf(text, "id: ghi-bien-ban");
    const second = text.split("\n").findLastIndex((l) => l.includes("id: ghi-bien-ban")) + 1;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "duplicate-id", line: second, path: "implementation[1].tasks[3].id" });
    expect(findings[0].message).toContain(`already used at line ${first} (implementation[1].tasks[2].id)`);
  });

  it("reports every finding, not only the first", async () => {
    const file = copyExample(SEED, (t) =>
      t.replace("on: 2021-03-31", "on: 2021-02-30").replace("[cong-an]", "[cong-ann]").replace("  name: Bùi", "  nam: Bùi"),
    );
    const run = await dialogue(["validate", file, "--format", "json"]);
    const codes = JSON.parse(run.stdout).map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["schema-date", "unknown-unit", "schema-unknown-field", "schema-required"]));
  });

  it("exits 2 with one line for a missing file", async () => {
    const run = await dialogue(["validate", "khong-co.yaml"]);
    expect(run.code).toBe(2);
    expect(run.stdout.split("\n")[0]).toBe(
      'khong-co.yaml  lỗi  không tìm thấy tệp khong-co.yaml. Kiểm tra lại đường dẫn, hoặc tạo kế hoạch mới bằng "dialogue init".',
    );
    expect(run.stderr).toBe("");
  });

  it("exits 2 for a folder, an empty file, bytes that are not UTF-8, and a file over the size limit", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "folder.yaml"));
    writeFileSync(join(dir, "empty.yaml"), "\n\n");
    writeFileSync(join(dir, "latin1.yaml"), Buffer.from([0x79, 0x65, 0x61, 0x72, 0x3a, 0x20, 0xe9, 0x0a]));
    writeFileSync(join(dir, "huge.yaml"), "# " + "x".repeat(3 * 1024 * 1024));
    for (const [name, expected] of [
      ["folder.yaml", "là thư mục"],
      ["empty.yaml", "tệp rỗng"],
      ["latin1.yaml", "không phải văn bản UTF-8 (byte lỗi đầu tiên ở vị trí 6)"],
      ["huge.yaml", "vượt giới hạn 2097152 byte"],
    ]) {
      const run = await dialogue(["validate", join(dir, name)]);
      expect(run.code, name).toBe(2);
      expect(run.stdout, name).toContain(expected);
    }
  });

  it("accepts a file saved by Notepad: UTF-8 BOM and CRLF line ends", async () => {
    const file = copyExample(SEED, (t) => "\uFEFF" + t.replace(/\n/g, "\r\n"));
    const run = await dialogue(["validate", file]);
    expect(run.code).toBe(0);
  });

  it("accepts Vietnamese in NFD form and gives the same findings as NFC", async () => {
    const broken = (t: string) => t.replace("[cong-an]", "[cong-ann]");
    const nfc = copyExample(SEED, broken);
    const nfd = copyExample(SEED, (t) => broken(t).normalize("NFD"));
    const [a, b] = await Promise.all([nfc, nfd].map((f) => dialogue(["validate", f, "--format", "json"])));
    const strip = (s: string) => JSON.parse(s).map(({ file, ...rest }: { file: string }) => rest);
    expect(strip(b.stdout)).toEqual(strip(a.stdout));
    expect(b.code).toBe(1);
  });

  it("reports an anchor even without an alias, at the anchor", async () => {
    const file = copyExample(SEED, (t) => t.replace("number: 45", "number: &so 45"));
    const run = await dialogue(["validate", file, "--format", "json"]);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ code: "yaml-alias", line: lineOf(readFileSync(file, "utf8"), "number: &so"), column: 9 }),
    ]);
    expect(run.code).toBe(1);
  });

  it("gives one clean finding for a list used as a field name, and no Node warning", async () => {
    const file = copyExample(SEED, (t) => t.replace("number: 45\n", "number: 45\n? [a, b]\n: 1\n"));
    const run = await dialogue(["validate", file]);
    const line = lineOf(readFileSync(file, "utf8"), "? [a, b]");
    expect(run.stdout).toBe(
      `${file}:${line}:3  lỗi  tên trường phải là một đoạn chữ, không được là danh sách hay khối ("? [a, b]"); hãy viết "tên-trường: giá trị".\nđã kiểm tra 1 tệp: 1 lỗi, 0 cảnh báo.\n`,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  it("refuses YAML aliases with a position, quickly, even for an alias bomb", async () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const file = join(tempDir(), "bomb.yaml");
    writeFileSync(file, bomb.join("\n") + "\n");
    const run = await dialogue(["validate", file, "--format", "json"]);
    const findings = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(findings[0]).toMatchObject({ code: "yaml-alias", line: 1, column: 4 }); // the anchor &a
    expect(findings[1]).toMatchObject({ code: "yaml-alias", line: 2, column: 4 });
  });

  it("reports a duplicate key and a tab indentation as YAML findings", async () => {
    const dup = copyExample(SEED, (t) => t.replace("place: Quảng Ngãi\n", "place: Quảng Ngãi\nplace: Quảng Nam\n"));
    const tab = copyExample(SEED, (t) => t.replace("  name: TỈNH ỦY QUẢNG NGÃI", "\tname: TỈNH ỦY QUẢNG NGÃI"));
    const [d, tb] = await Promise.all([dup, tab].map((f) => dialogue(["validate", f, "--format", "json"])));
    expect(JSON.parse(d.stdout)).toEqual([expect.objectContaining({ code: "duplicate-key", line: lineOf(readFileSync(dup, "utf8"), "Quảng Nam") })]);
    expect(JSON.parse(d.stdout)[0].message).toContain('"place"');
    expect(JSON.parse(tb.stdout)[0]).toMatchObject({ code: "yaml-tab-indent", line: lineOf(readFileSync(tab, "utf8"), "\tname") });
  });

  it("speaks English with --lang en or an English LANG", async () => {
    const a = await dialogue(["--lang", "en", "validate", "missing.yaml"]);
    const b = await dialogue(["validate", "missing.yaml"], { env: { LANG: "en_US.UTF-8" } });
    for (const run of [a, b]) expect(run.stdout).toContain("file not found: missing.yaml");
  });

  it("treats wrong usage as exit 2 with a Vietnamese message and no stack trace", async () => {
    const run = await dialogue(["validate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("còn thiếu <tệp...>");
    expect(run.stderr).not.toMatch(/at .*\.m?js:\d+/);
    const typo = await dialogue(["valdate", "x.yaml"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('có phải là "validate"?');
  });
});
