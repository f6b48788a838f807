import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocuments } from "../helpers/docx.js";
import { BIN, dialogue, ROOT, SEED, tempDir } from "../helpers/cli.js";

/** A province's templates folder holding only the given files. */
function templatesWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const renderWith = (dir: string, ...args: string[]) => dialogue(["render", SEED, "-o", tempDir(), "--templates", dir, ...args]);

describe("render reads a province's templates safely", () => {
  it.each([
    ["profiles/hd36.json", '{"page":"oops"}', 'trường "page" phải là một khối các trường'],
    ["wording.json", '{"plan":null}', 'trường "plan" phải là một khối các trường'],
    ["metrics/times-new-roman.json", '{"unitsPerEm":0}', 'trường "unitsPerEm" phải lớn hơn 0'],
    ["profiles/hd36.json", '{"body":{"lineExactPt":"18"}}', 'trường "body.lineExactPt" phải là số'],
    ["profiles/hd36.json", '{"styles":{"body":{"align":"middle"}}}', 'trường "styles.body.align" chỉ nhận một trong: left, center, justify'],
    ["profiles/hd36.json", '{"body":{"lineExactpt":20}}', 'không có trường "body.lineExactpt"; có phải là "body.lineExactPt"?'],
    ["wording.json", '{"newPlan":{"purposes":"một mục"}}', 'trường "newPlan.purposes" phải là một danh sách'],
    ["profiles/hd36.json", '{"page":{"marginLeftMm":150,"marginRightMm":100}}', "lề trang không còn chỗ cho nội dung"],
  ])("refuses %s holding %s with the file, the field and the fix (exit 2)", async (name, text, message) => {
    const dir = templatesWith({ [name]: text });
    const run = await renderWith(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(dir, name));
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\bat .*\.c?js:\d+/);
  });

  it("says it in English with --lang en", async () => {
    const run = await renderWith(templatesWith({ "metrics/times-new-roman.json": '{"unitsPerEm":0}' }), "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the field "unitsPerEm" must be greater than 0');
  });

  it("fills a wording placeholder only from the document's own values: {constructor} stays as written", async () => {
    const dir = templatesWith({ "wording.json": JSON.stringify({ plan: { attendanceApproximate: "Khoảng {count} người {constructor} {toString}." } }) });
    const documents = await renderDocuments(SEED, "--templates", dir);
    const texts = Object.values(documents)[0].texts();
    expect(texts).toContain("Số lượng: Khoảng 200 người {constructor} {toString}.");
    expect(texts.join("\n")).not.toContain("native code");
  });

  it("refuses --templates naming a file instead of a folder", async () => {
    const run = await renderWith(join(ROOT, "templates/wording.json"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("là một tệp, không phải thư mục mẫu văn bản");
  });

  it.skipIf(process.platform === "win32")("refuses a FIFO named wording.json at once instead of waiting on it", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "wording.json")]);
    // Killed after 10 s if it waits on the pipe (as it used to), so that a failure leaves no process behind.
    const run = await new Promise<{ code: number | null; stderr: string }>((done) =>
      execFile(process.execPath, [BIN, "render", SEED, "-o", tempDir(), "--templates", dir], { timeout: 10_000, killSignal: "SIGKILL", env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, LANG: "C.UTF-8", TMPDIR: process.env.DIALOGUE_TEST_TOOL_TMPDIR } }, (error, _out, stderr) =>
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stderr }),
      ),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không phải tệp thường");
  });

  it("refuses a template file over the size limit, counting the bytes read", async () => {
    const run = await renderWith(templatesWith({ "wording.json": `{"plan":{"x":"${"a".repeat(1024 * 1024)}"}}` }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("quá lớn đối với một mẫu văn bản");
  });

  it("writes level-1 headings in capitals when the province's profile says so, as written otherwise (#18.7)", async () => {
    const upper = Object.values(await renderDocuments(SEED, "--templates", templatesWith({ "profiles/hd36.json": '{"body":{"level1Case":"upper"}}' })))[0].texts();
    expect(upper).toContain("I. MỤC ĐÍCH, YÊU CẦU");
    expect(upper).toContain("III. TỔ CHỨC THỰC HIỆN");
    expect(upper).toContain("1. Mục đích");
    const asWritten = Object.values(await renderDocuments(SEED))[0].texts();
    expect(asWritten).toContain("I. Mục đích, yêu cầu");
    const wrong = await renderWith(templatesWith({ "profiles/hd36.json": '{"body":{"level1Case":"hoa"}}' }));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('trường "body.level1Case" chỉ nhận một trong: as-written, upper');
  });

  it("still takes a province's partial files: only the keys it changes", async () => {
    const dir = templatesWith({ "profiles/hd36.json": '{"$comment":"tỉnh X","body":{"lineExactPt":20}}', "wording.json": '{"plan":{"implementationSection":"Tổ chức triển khai"}}' });
    const documents = await renderDocuments(SEED, "--templates", dir);
    const docx = Object.values(documents)[0];
    expect(docx.texts()).toContain("III. Tổ chức triển khai");
    expect(docx.paragraphs().find((p) => p.text.startsWith("Thực hiện Quy chế"))!.prop("spacing", "line")).toBe("400");
  });
});
