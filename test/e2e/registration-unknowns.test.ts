import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, lineOf, ROOT, SON_NGUYEN, tempDir } from "../helpers/cli.js";
import { DocxFile } from "../helpers/docx.js";

const COMMUNE = join(ROOT, "examples/ke-hoach-doi-thoai-2026-xa-tan-loi.yaml");

const PARAGRAPH = `      registration: >-
        Người dân đăng ký ý kiến tại UBND các xã Tân Lợi, Phước Thọ hoặc gửi về Ban Dân vận Tỉnh ủy
        trước ngày 19/4/2024.
`;
const structured = (deadline: string, how = "[in-person, writing, phone]") => (text: string) => {
  expect(text).toContain(PARAGRAPH);
  return text.replace(
    PARAGRAPH,
    `      registration:
        how: ${how}
        where: UBND các xã Tân Lợi, Phước Thọ hoặc Ban Dân vận Tỉnh ủy
        contact: 0255 3822 111
        deadline: ${deadline}
        note: Mỗi ý kiến ghi rõ họ tên, địa chỉ và nội dung kiến nghị.
`,
  );
};

async function noticeText(file: string): Promise<string> {
  const out = tempDir();
  const run = await dialogue(["render", file, "--only", "session-notice", "-o", out]);
  expect(run.code, run.stderr).toBe(0);
  return new DocxFile(join(out, "plan-thong-bao-to-chuc-dat-dai.docx")).texts().join("\n");
}

describe("a session's registration rules as fields (#13.9 leftover)", () => {
  it("the session notice writes how, where, the contact and the last day, then the note", async () => {
    const file = copyExample(SON_NGUYEN, structured("2024-04-18"));
    const validate = await dialogue(["validate", file]);
    expect(validate.code, validate.stdout).toBe(0);
    expect(await noticeText(file)).toContain(
      "Đăng ký ý kiến: trực tiếp, bằng văn bản hoặc qua điện thoại tại UBND các xã Tân Lợi, Phước Thọ hoặc Ban Dân vận Tỉnh ủy, liên hệ: 0255 3822 111, chậm nhất trong ngày 18/4/2024. Mỗi ý kiến ghi rõ họ tên, địa chỉ và nội dung kiến nghị.",
    );
  });

  it("a last day not known yet shows as such and validate warns at its line", async () => {
    const file = copyExample(SON_NGUYEN, structured("unknown"));
    const validate = await dialogue(["validate", file]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain(`:${lineOf(readFileSync(file, "utf8"), "deadline: unknown")}:`);
    expect(validate.stdout).toMatch(/cảnh báo .*registration\.deadline/);
    expect(await noticeText(file)).toContain("chậm nhất trong ngày (chưa xác định).");
  });

  it("a way of registering that is not one of the list is an error at its line", async () => {
    const file = copyExample(SON_NGUYEN, structured("2024-04-18", "[in-person, zalo]"));
    const validate = await dialogue(["validate", file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(`:${lineOf(readFileSync(file, "utf8"), "how: [in-person, zalo]")}:`);
  });

  it("a paragraph written by the clerk is kept as written", async () => {
    expect(await noticeText(copyExample(SON_NGUYEN))).toContain("Đăng ký ý kiến: Người dân đăng ký ý kiến tại UBND các xã Tân Lợi, Phước Thọ hoặc gửi về Ban Dân vận Tỉnh ủy trước ngày 19/4/2024.");
  });
});

describe("a cited document's number and date may be unknown (#13.11 leftover)", () => {
  it("the plan writes them as not known, without a made-up symbol, and validate warns at each line", async () => {
    const file = copyExample(COMMUNE, (text) => {
      const edited = text.replace("  - kind: QĐ\n    number: 3\n    date: 2025-08-12\n", "  - kind: QĐ\n    number: unknown\n    date: unknown\n");
      expect(edited).not.toBe(text);
      return edited;
    });
    const validate = await dialogue(["validate", file]);
    expect(validate.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(validate.stdout).toContain(`:${lineOf(text, "number: unknown")}:`);
    expect(validate.stdout).toContain(`:${lineOf(text, "date: unknown")}:`);
    const out = tempDir();
    const render = await dialogue(["render", file, "--only", "plan", "-o", out]);
    expect(render.code, render.stderr).toBe(0);
    const plan = new DocxFile(join(out, "plan-ke-hoach.docx")).texts().join("\n");
    expect(plan).toContain("Quyết định số (chưa xác định) ngày (chưa xác định) của Ban Thường vụ Đảng ủy xã");
    expect(plan).not.toMatch(/\(chưa xác định\)-QĐ/);
  });

  it("unknown stays refused where a number is counted (an opinion's number)", async () => {
    const file = copyExample(SON_NGUYEN, (text) => text.replace(/(opinions:\n\s+- number: )1/, "$1unknown"));
    const validate = await dialogue(["validate", file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/lỗi .*opinions\[0\]\.number/);
  });
});
