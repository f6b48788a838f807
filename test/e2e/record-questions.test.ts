import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED } from "../helpers/cli.js";
import { renderDocuments } from "../helpers/docx.js";
import { HAS_TERMINAL, inTerminal } from "../helpers/terminal.js";

const DOWN = "\u001b[B";
const CLEAR = "\u007f".repeat(20);

/** The 2021 plan with its first session held, ready for its record. */
async function heldSession(): Promise<string> {
  const file = copyExample(SEED);
  const held = await dialogue(["session", file, "khoi-nghiep", "--held-on", "2021-04-22", "--on", "2021-04-22"]);
  expect(held.code, held.stderr).toBe(0);
  return file;
}

describe.runIf(HAS_TERMINAL)("dialogue record asks, in a terminal", () => {
  it("for the session's facts, each opinion and answer, each conclusion with its units and deadline, and writes a record that validates and renders", async () => {
    const file = await heldSession();
    const before = readFileSync(file, "utf8");
    const run = await inTerminal(
      ["record", file, "khoi-nghiep"],
      [
        ["Giờ bắt đầu", "8:75\r"],
        ["Ghi giờ trong ngày", `${CLEAR}8h\r`],
        ["Giờ kết thúc", "11:15\r"],
        ["Lãnh đạo tham dự thứ 1", "Lê Quang Vinh, Phó Chủ tịch UBND tỉnh\r"],
        ["Lãnh đạo tham dự thứ 2", "\r"],
        ["Các đơn vị tham dự", ` ${DOWN} \r`],
        ["Số người dân tham dự", "176\r"],
        ["Họ tên người ghi biên bản", "Võ Minh Tâm\r"],
        ["Chức vụ người ghi biên bản", "chuyên viên Ban Dân vận Tỉnh ủy\r"],
        ["Ghi một ý kiến của người dân? (C/k)", "c\r"],
        ["Ý kiến 1: lĩnh vực", "Vay vốn khởi nghiệp\r"],
        ["Họ tên người nêu ý kiến", "Trần Văn Bình\r"],
        ["Địa chỉ người nêu ý kiến", "thôn An Hòa, xã Tân Lập\r"],
        ["Nội dung ý kiến", "Đề nghị hỗ trợ vay vốn cho thanh niên khởi nghiệp, thủ tục còn phức tạp.\r"],
        ["Đơn vị trả lời ý kiến này", `${DOWN}\r`],
        ["Tóm tắt nội dung trả lời", "Ngân hàng Chính sách xã hội tỉnh sẽ rút gọn hồ sơ vay vốn.\r"],
        ["Đơn vị trả lời tiếp", "\r"],
        ["Ghi thêm một ý kiến nữa? (C/k)", "k\r"],
        ["Đoạn đánh giá 1", "Buổi đối thoại diễn ra dân chủ, thẳng thắn.\r"],
        ["Đoạn đánh giá 2", "\r"],
        ["Ghi một nội dung giao việc (kết luận)? (C/k)", "\r"],
        ["Đơn vị chủ trì", "\r"],
        ["Đơn vị phối hợp", `${DOWN} \r`],
        ["Nội dung giao việc", "Chỉ đạo rút gọn thủ tục vay vốn khởi nghiệp cho thanh niên, báo cáo trước ngày 30/6/2021.\r"],
        ["Thời hạn", "31/6/2021\r"],
        ["Ghi một ngày có thật", `${CLEAR}trước 30/6/2061\r`],
        // A year typo is asked again at once: validate would refuse the whole record at the end.
        ["Năm 2061 cách năm kế hoạch 2021 quá 5 năm", `${CLEAR}trước 30/6/2021\r`],
        ["Báo cáo kết quả về", "Thường trực Tỉnh ủy\r"],
        ["Ghi thêm một nội dung giao việc nữa? (C/k)", "k\r"],
        ["Đoạn giao theo dõi, đôn đốc", "Giao Ban Dân vận Tỉnh ủy theo dõi, đôn đốc, báo cáo Thường trực Tỉnh ủy.\r"],
      ],
      { cwd: process.cwd() },
    );
    expect(run.left, run.screen.slice(-2000)).toEqual([]);
    expect(run.code, run.screen.slice(-2000)).toBe(0);
    expect(run.screen).toContain("đã ghi hồ sơ buổi khoi-nghiep: 1 ý kiến, 1 nội dung giao việc");
    expect(run.screen).not.toMatch(/navigate|You must|Y\/n/);

    const after = readFileSync(file, "utf8");
    // Only the record's lines are added: every other byte, comments included, stays.
    expect(after.replace(/\n {4}record:\n( {6}.*\n)+/, "\n")).toBe(before);
    expect(after).toContain("      address: thôn An Hòa, xã Tân Lập\n");
    expect(after).toMatch(/ {4}record:\n {6}# Hồ sơ buổi đối thoại, .*\n {6}start: "08:00"\n {6}end: "11:15"\n {6}leaders:\n/);
    expect(after).toContain("      - Lê Quang Vinh, Phó Chủ tịch UBND tỉnh\n");
    const record = /\n {4}record:\n(( {6}.*\n)+)/.exec(after)![1];
    expect(record.split("\n").filter((line) => !line.trimStart().startsWith("#")).join("\n")).not.toMatch(/\[|\{/); // no flow list or map, which a comma could split
    expect(after).toMatch(/- id: khoi-nghiep-kl-1\n {10}lead: bcs-ubnd\n {10}coordinating:\n {12}- van-phong\n/);
    expect(after).toContain("deadline:\n            before: 2021-06-30\n");
    const validate = await dialogue(["validate", file, "--format", "json"]);
    expect(JSON.parse(validate.stdout).filter((f: { severity: string }) => f.severity === "error")).toEqual([]);

    const docs = await renderDocuments(file, "--only", "minutes", "--session", "khoi-nghiep");
    const minutes = Object.values(docs)[0].texts().join("\n");
    expect(minutes).toContain("Trần Văn Bình");
    expect(minutes).toContain("Ngân hàng Chính sách xã hội tỉnh sẽ rút gọn hồ sơ vay vốn.");
    const status = await dialogue(["status", file, "--as-of", "2021-05-01", "--format", "json"]);
    expect(JSON.parse(status.stdout).tasks.find((t: { id: string }) => t.id === "khoi-nghiep-kl-1")).toMatchObject({ unit: "bcs-ubnd", deadline: "2021-06-29", state: "open" });
  });

  it("writes the commented skeleton instead with --skeleton, asking nothing", async () => {
    const file = await heldSession();
    const run = await inTerminal(["record", file, "khoi-nghiep", "--skeleton"], [], { cwd: process.cwd() });
    expect(run.code, run.screen).toBe(0);
    expect(run.screen).not.toContain("?");
    expect(readFileSync(file, "utf8")).toContain("    record:\n      # Hồ sơ buổi đối thoại.");
  });

  it("refuses before the first question when the session is not held, and Ctrl-C writes nothing", async () => {
    const file = copyExample(SEED);
    const notHeld = await inTerminal(["record", file, "khoi-nghiep"], [], { cwd: process.cwd() });
    expect(notHeld.code).toBe(2);
    expect(notHeld.screen).toContain("chưa ghi là đã tổ chức");
    expect(notHeld.screen).not.toContain("Giờ bắt đầu");
    const held = await heldSession();
    const before = readFileSync(held, "utf8");
    const cancelled = await inTerminal(["record", held, "khoi-nghiep"], [["Giờ bắt đầu", "\u0003"]], { cwd: process.cwd() });
    expect(cancelled.code).toBe(2);
    expect(cancelled.screen).toContain("đã hủy; chưa ghi tệp nào.");
    expect(readFileSync(held, "utf8")).toBe(before);
  });
});

describe("dialogue record without a terminal", () => {
  it("never waits for answers: it adds the commented skeleton", async () => {
    const file = await heldSession();
    const run = await dialogue(["record", file, "khoi-nghiep"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("đã thêm khung hồ sơ buổi đối thoại khoi-nghiep");
  });
});
