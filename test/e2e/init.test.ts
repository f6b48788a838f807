import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dialogue, tempDir } from "../helpers/cli.js";
import { readOnlyFolder, smallDisk } from "../helpers/filesystems.js";

describe("dialogue init", () => {
  it("--yes creates, in an empty folder, a commented plan that validates and renders", async () => {
    const dir = tempDir();
    const run = await dialogue(["init", "ke-hoach.yaml", "--yes", "--province", "Sơn Nguyên", "--year", "2026", "--signer", "Nguyễn Văn Khải", "--session", "Chủ đề một", "--session", "Chủ đề hai", "--units", "ban-dan-van,cong-an"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("đã tạo ke-hoach.yaml");
    const text = readFileSync(join(dir, "ke-hoach.yaml"), "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=plan.schema.json");
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

describe("dialogue init never crashes", () => {
  const flags = ["--yes", "--province", "Quảng Ngãi", "--signer", "Họ Tên"];

  it("checks the folder before asking anything: a folder that does not exist", async () => {
    const dir = tempDir();
    for (const args of [["init", "chua-co/ke-hoach.yaml"], ["init", "chua-co/ke-hoach.yaml", ...flags]]) {
      const run = await dialogue(args, { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`không có thư mục ${join(dir, "chua-co")}; chưa hỏi gì, chưa ghi gì. Hãy tạo thư mục trước, hoặc chọn tệp trong một thư mục đã có.\n`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    [["--session", ""], "--session không được để trống."],
    [["--province", "  "], "--province không được để trống."],
    [["--signer", "Họ\nTên"], "--signer phải viết trên một dòng."],
    [["--province", "Quảng Ngãi ".repeat(20)], "--province dài 219 ký tự; kế hoạch chỉ ghi được tối đa 92 ký tự. Hãy rút gọn."],
    [["--position", ""], "--position không được để trống."],
    [["--units", ","], "--units không được để trống."],
  ])("refuses %j in one line, writing nothing", async (extra, said) => {
    const dir = tempDir();
    const run = await dialogue(["init", "ke-hoach.yaml", ...flags, ...extra], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(said + "\n");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("says a read-only folder cannot be written in", async (ctx) => {
    const folder = readOnlyFolder(() => {});
    if (!folder) return ctx.skip();
    try {
      const run = await dialogue(["init", join(folder.dir, "ke-hoach.yaml"), ...flags]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`không ghi được vào thư mục ${folder.dir} (thư mục chỉ đọc, hoặc không có quyền ghi); chưa ghi gì.`);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    } finally {
      folder.done();
    }
  });

  it("says a full disk is full, and leaves no temporary file", async (ctx) => {
    const disk = smallDisk();
    if (!disk) return ctx.skip();
    try {
      disk.fill();
      const before = readdirSync(disk.dir);
      const run = await dialogue(["init", join(disk.dir, "ke-hoach.yaml"), ...flags]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`ổ đĩa chứa thư mục ${disk.dir} đã đầy; chưa ghi gì. Hãy giải phóng bớt dung lượng rồi chạy lại lệnh.\n`);
      expect(readdirSync(disk.dir)).toEqual(before);
    } finally {
      disk.done();
    }
  });
});

describe("dialogue schema --copy-to never crashes", () => {
  it("refuses a file, and a folder in the way, in one line, leaving nothing behind", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ke-hoach.yaml"), "year: 2026\n");
    const onFile = await dialogue(["schema", "--copy-to", "ke-hoach.yaml"], { cwd: dir });
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toBe("ke-hoach.yaml là một tệp, không phải thư mục. Hãy ghi thư mục chứa các kế hoạch, ví dụ --copy-to .\n");
    mkdirSync(join(dir, "plan.schema.json"));
    const inTheWay = await dialogue(["schema", "--copy-to", "."], { cwd: dir });
    expect(inTheWay.code).toBe(2);
    expect(inTheWay.stderr).toBe("plan.schema.json là một thư mục; chưa ghi gì. Hãy xóa hoặc đổi tên thư mục đó, hoặc chọn chỗ khác.\n");
    expect(readdirSync(dir).sort()).toEqual(["ke-hoach.yaml", "plan.schema.json"]);
  });

  it("says a read-only folder cannot be written in", async (ctx) => {
    const folder = readOnlyFolder(() => {});
    if (!folder) return ctx.skip();
    try {
      const run = await dialogue(["schema", "--copy-to", folder.dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`không ghi được vào thư mục ${folder.dir} (thư mục chỉ đọc, hoặc không có quyền ghi); chưa ghi gì.`);
    } finally {
      folder.done();
    }
  });

  it("copies the schema over an older copy", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plan.schema.json"), "{}");
    const run = await dialogue(["schema", "--copy-to", dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "plan.schema.json"), "utf8")).title).toBeTruthy();
    expect(readdirSync(dir)).toEqual(["plan.schema.json"]);
  });
});
