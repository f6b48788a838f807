import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";

// For every command: one run in each language, and its --help, checked for words of that language.
const cases: [string, () => string[], string, string][] = [
  ["init", () => ["init", "--yes"], "khi dùng --yes, cần ghi thêm --province, --signer", "with --yes, also give --province, --signer"],
  ["validate", () => ["validate", "khong-co.yaml"], "không tìm thấy tệp", "file not found"],
  ["status", () => ["status", SEED, "--as-of", "2021-04-01"], "Tình hình thực hiện nhiệm vụ tính đến ngày 1/4/2021", "Tasks as of 2021-04-01"],
  ["task", () => ["task", copyExample(SEED), "khong-co", "done"], "không có nhiệm vụ nào mang mã", "no task has the id"],
  ["session", () => ["session", copyExample(SEED), "ly-son"], "hãy cho biết buổi đối thoại thay đổi thế nào", "say what happened to the session"],
  ["record", () => ["record", copyExample(SEED), "ly-son"], "chưa ghi là đã tổ chức", "is not marked held yet"],
  ["render", () => ["render", SEED, "-o", tempDir(), "--profile", "x"], "không có thể thức", "there is no layout profile"],
  ["calendar", () => ["calendar", SON_NGUYEN, "-o", `${tempDir()}/l.ics`], "sự kiện", "event(s)"],
  ["schema", () => ["schema", "--copy-to", "/khong/co"], "không có thư mục", "does not exist"],
];

describe("every command speaks Vietnamese by default and English with --lang en", () => {
  it.each(cases)("%s", async (_, args, vi, en) => {
    const [inVi, inEn] = await Promise.all([dialogue(args()), dialogue(["--lang", "en", ...args()])]);
    expect(inVi.stdout + inVi.stderr).toContain(vi);
    expect(inEn.stdout + inEn.stderr).toContain(en);
    expect(inEn.stdout + inEn.stderr).not.toContain(vi);
  });

  it.each(cases.map(([name]) => name))("%s --help", async (name) => {
    const [inVi, inEn] = await Promise.all([dialogue([name, "--help"]), dialogue(["--lang", "en", name, "--help"])]);
    expect(inVi.stdout).toContain("Cách dùng:");
    expect(inVi.stdout).toMatch(/Ví dụ:|Tùy chọn:/);
    expect(inEn.stdout).toContain("Usage:");
    expect(inEn.stdout).not.toContain("Cách dùng:");
    expect(inVi.code + inEn.code).toBe(0);
  });
});
