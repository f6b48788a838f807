import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dialogue, tempDir } from "../helpers/cli.js";
import { readOnlyFolder, smallDisk } from "../helpers/filesystems.js";
import { HAS_TERMINAL, inTerminal } from "../helpers/terminal.js";
import { renderDocuments } from "../helpers/docx.js";

describe("dialogue init", () => {
  it("--yes creates, in an empty folder, a commented plan that validates and renders", async () => {
    const dir = tempDir();
    const run = await dialogue(["init", "ke-hoach.yaml", "--yes", "--province", "Sơn Nguyên", "--year", "2026", "--signer", "Nguyễn Văn Khải", "--session", "Chủ đề một", "--session", "Chủ đề hai", "--units", "ban-tuyen-giao-dan-van,cong-an"], { cwd: dir });
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
    const run = await dialogue(["init", "--yes", "--province", "X", "--signer", "Y", "--units", "ban-tuyen-giao-dan-van,ban-xyz"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không có mã đơn vị: ban-xyz. Chọn trong: ban-tuyen-giao-dan-van, van-phong, dang-uy-ubnd");
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

describe("dialogue init for today's organisation (after the 2025 reorganisation)", () => {
  it("offers today's units, names the chosen lead in the closing and the tasks, and the basis agrees with the signature", async () => {
    const dir = tempDir();
    const run = await dialogue(["init", "kh.yaml", "--yes", "--province", "Sơn Nguyên", "--signer", "A B", "--units", "ban-tuyen-giao-dan-van,dang-uy-ubnd,tinh-doan"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(dir, "kh.yaml"), "utf8");
    expect(text).toContain("name: Ban Tuyên giáo và Dân vận Tỉnh ủy");
    expect(text).toContain("name: Đảng ủy Ủy ban nhân dân tỉnh");
    expect(text).toContain("gửi Ban Tuyên giáo và Dân vận Tỉnh ủy.");
    expect(text).toContain("về Thường trực Tỉnh ủy (*qua Ban Tuyên giáo và Dân vận Tỉnh ủy*).");
    expect(text).toContain("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch");
    expect(text).toContain("authority: { mode: T/M, body: BAN THƯỜNG VỤ }");
    expect(text).not.toMatch(/Ban Dân vận|Ban [Cc]án sự|[Hh]uyện|Thường trực Tỉnh ủy ban hành/);
    const docs = await renderDocuments(join(dir, "kh.yaml"), "--only", "plan");
    const body = docs["kh-ke-hoach.docx"].paragraphs().map((p) => p.text).join("\n");
    expect(body).toContain("kịp thời báo cáo những khó khăn, vướng mắc về Thường trực Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy)./.");
    expect(body).toContain("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch");
    expect(body).toContain("T/M BAN THƯỜNG VỤ");
  });

  it("without a leading unit, the closing names no one and the others report to the office", async () => {
    const dir = tempDir();
    expect((await dialogue(["init", "kh.yaml", "--yes", "--province", "Sơn Nguyên", "--signer", "A B", "--units", "cong-an,tinh-doan"], { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, "kh.yaml"), "utf8");
    expect(text).toContain("vướng mắc về Thường trực Tỉnh ủy.\n");
    expect(text).toContain("gửi Văn phòng Tỉnh ủy.");
  });
});

describe.runIf(HAS_TERMINAL)("dialogue init in a terminal", () => {
  it("asks only in Vietnamese, takes c/k, and goes on adding sessions until the clerk says no", async () => {
    const dir = tempDir();
    const run = await inTerminal(
      ["init", "ke-hoach.yaml"],
      [
        ["Tỉnh", "Sơn Nguyên\r"],
        ["Năm của kế hoạch", "hai\r"],
        ["Hãy ghi một số nguyên", "\u007f\u007f\u007f2026\r"],
        ["Họ tên người ký", "Nguyễn Văn Khải\r"],
        ["Enter chọn", "\r"],
        ["Thêm một buổi đối thoại? (C/k)", "c\r"],
        ["Chủ đề 1", "Đất đai\r"],
        ["Đối tượng tham dự", "\r"],
        ["Số lượng người dự kiến", "\r"],
        ["Thời gian dự kiến", "\r"],
        ["Địa điểm", "\r"],
        ["Thêm một buổi đối thoại nữa? (C/k)", "\r"],
        ["Chủ đề 2", "Thanh niên\r"],
        ["Đối tượng tham dự", "\r"],
        ["Số lượng người dự kiến", "\r"],
        ["Thời gian dự kiến", "\r"],
        ["Địa điểm", "\r"],
        ["Thêm một buổi đối thoại nữa? (C/k)", "k\r"],
        ["Các đơn vị được giao nhiệm vụ", "\u001b[B\u001b[B\u001b[B\u001b[B\u001b[B \r"],
        ['Tên đơn vị "ban-tuyen-giao-dan-van"', "\u007f".repeat(40) + "Ban Dân vận và Tuyên giáo Tỉnh ủy\r"],
        ...["van-phong", "dang-uy-ubnd", "cong-an", "tinh-doan"].map((id): [string, string] => [`Tên đơn vị "${id}"`, "\r"]),
      ],
      { cwd: dir },
    );
    expect(run.left, run.screen).toEqual([]);
    expect(run.code, run.screen).toBe(0);
    expect(run.screen).not.toMatch(/navigate|select\b|You must|Value must|Y\/n|\bYes\b/);
        const text = readFileSync(join(dir, "ke-hoach.yaml"), "utf8");
    expect(text).toContain("theme: Đất đai");
    expect(text).toContain("theme: Thanh niên");
    expect(text).toContain("year: 2026");
    // A renamed unit is named so wherever it appears.
    expect(text).toContain("(*qua Ban Dân vận và Tuyên giáo Tỉnh ủy*)");
    expect(text).toContain("thanh niên liên quan đến chủ đề đối thoại, gửi Ban Dân vận và Tuyên giáo Tỉnh ủy.");
  });
});
