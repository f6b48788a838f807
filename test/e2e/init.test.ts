import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dialogue, tempDir } from "../helpers/cli.js";

describe("dialogue init", () => {
  it("--yes creates, in an empty folder, a commented plan that validates and renders", async () => {
    const dir = tempDir();
    const run = await dialogue(["init", "ke-hoach.yaml", "--yes", "--province", "Sơn Nguyên", "--year", "2026", "--signer", "Nguyễn Văn Khải", "--session", "Chủ đề một", "--session", "Chủ đề hai", "--units", "ban-dan-van,cong-an"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("đã tạo ke-hoach.yaml");
    const text = readFileSync(join(dir, "ke-hoach.yaml"), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/plan\.schema\.json$/);
    expect(existsSync(join(dir, text.split("\n")[0].split("$schema=")[1]))).toBe(true);
    expect(text).toContain("  - id: chu-de-2\n    theme: Chủ đề hai");
    const validate = await dialogue(["validate", "ke-hoach.yaml", "--format", "json"], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toEqual([]);
    expect((await dialogue(["render", "ke-hoach.yaml", "--only", "plan"], { cwd: dir })).code).toBe(0);
  });

  it("never overwrites an existing file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ke-hoach.yaml"), "# của tôi\n");
    const run = await dialogue(["init", "--yes", "--province", "X", "--signer", "Y"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không bao giờ ghi đè");
    expect(readFileSync(join(dir, "ke-hoach.yaml"), "utf8")).toBe("# của tôi\n");
  });

  it("without a terminal, says how to run without questions instead of hanging", async () => {
    const run = await dialogue(["init", "moi.yaml"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dialogue init moi.yaml --yes --province "Quảng Ngãi" --signer "Họ Tên"');
    const en = await dialogue(["init", "--yes", "--province", "X"], { cwd: tempDir(), env: { LANG: "en_US.UTF-8" } });
    expect(en.stderr).toContain("with --yes, also give --signer.");
  });

  it("refuses unknown unit ids and lists the known ones", async () => {
    const run = await dialogue(["init", "--yes", "--province", "X", "--signer", "Y", "--units", "ban-dan-van,ban-xyz"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không có mã đơn vị: ban-xyz. Chọn trong: ban-dan-van, van-phong");
  });
});
