import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, lineOf, SEED } from "../helpers/cli.js";

// ESC ] 0 ; … BEL retitles a terminal, ESC [ 2 J clears it, U+009B is a one-character ESC [.
const RETITLE = "\u001b]0;pwned\u0007";
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const FORMULA = '=HYPERLINK("http://x.example";"Bấm vào đây") ';

/** The 2021 plan with hostile text in a unit's name and in a task's text, on the lines they had. */
const hostile = () =>
  copyExample(SEED, (text) =>
    text
      .replace("    name: Ban Dân vận Tỉnh ủy\n", `    name: "Ban Dân vận${RETITLE.replace("\u001b", "\\e").replace("\u0007", "\\a")} Tỉnh ủy"\n`)
      .replace("          Xây dựng Báo cáo tình hình tư tưởng,", `          ${FORMULA}\u009b2J\u001b[2JXây dựng Báo cáo tình hình tư tưởng,`),
  );

describe("text from a plan cannot act on the terminal or the spreadsheet that shows it", () => {
  it("validate warns about control characters at the text, and prints them written out", async () => {
    const file = hostile();
    const run = await dialogue(["validate", file]);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const unitLine = lineOf(readFileSync(file, "utf8"), "name: \"Ban Dân vận");
    expect(run.stdout).toContain(`${file}:${unitLine}:11  cảnh báo  units[1].name  đoạn chữ chứa ký tự điều khiển \\x1b, \\x07:`);
    expect(run.stdout).toContain("ký tự điều khiển \\x9b, \\x1b:");
    expect(run.stdout).toContain("đã kiểm tra 1 tệp: không có lỗi, 2 cảnh báo.");
    expect(run.code).toBe(0);

    const en = await dialogue(["validate", file, "--format", "json", "--lang", "en"]);
    expect(en.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(en.stdout)).toEqual([
      expect.objectContaining({ code: "control-character", severity: "warning", line: unitLine, path: "units[1].name" }),
      expect.objectContaining({ code: "control-character", severity: "warning", path: "implementation[4].tasks[0].text" }),
    ]);
  });

  it("findings quoting a field name or a value show its control characters written out", async () => {
    const file = copyExample(SEED, (t) => t.replace("  code: TU\n", '  code: TU\n  "x\\e[31m": 1\n').replace("[cong-an]", '["cong\\aan"]'));
    const run = await dialogue(["validate", file]);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('trường "x\\x1b[31m" không có trong cấu trúc tệp kế hoạch');
    expect(run.stdout).toContain("issuer.x\\x1b[31m");
    expect(run.stdout).toContain('"cong\\x07an" không đúng dạng');
  });

  it("status shows control characters written out, in the table and in JSON", async () => {
    const file = hostile();
    const text = await dialogue(["status", file, "--as-of", "2021-04-01"]);
    expect(text.stderr).toContain("cảnh báo");
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain("\\x1b]0;pwned"); // in a narrow column the name wraps, written out

    const json = await dialogue(["status", file, "--as-of", "2021-04-01", "--format", "json"]);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const task = JSON.parse(json.stdout).tasks.find((t: { id: string }) => t.id === "bao-cao-tu-tuong");
    expect(task.title.startsWith(`${FORMULA}\u009b2J\u001b[2JXây dựng`)).toBe(true); // the data itself is unchanged
  });

  it("status CSV makes a formula cell text with a leading quote and leaves every other row byte for byte", async () => {
    const file = copyExample(SEED);
    const csv = async () => (await dialogue(["status", file, "--as-of", "2021-04-01", "--format", "csv"])).stdout.split("\r\n");
    const before = await csv();
    writeFileSync(file, readFileSync(file, "utf8").replace("          Xây dựng Báo cáo tình hình tư tưởng,", `          ${FORMULA}Xây dựng Báo cáo tình hình tư tưởng,`));
    const after = await csv();
    const changed = after.flatMap((row, i) => (row === before[i] ? [] : [row]));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(`,"'=HYPERLINK(""http://x.example"";""Bấm vào đây"") Xây dựng Báo cáo`);
    expect(after).toHaveLength(before.length);
  });
});
