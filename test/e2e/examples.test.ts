import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dialogue, ROOT, tempDir } from "../helpers/cli.js";
import { DocxFile, renderDocuments } from "../helpers/docx.js";

const EXAMPLES = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join(ROOT, "examples", f));
const RECURRING = join(ROOT, "examples/ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml");

describe("every example (#13: done when)", () => {
  it("there are the original two and the new ones", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(EXAMPLES)("%s validates without errors, renders and shows in status", async (file) => {
    const validate = await dialogue(["validate", file]);
    expect(validate.stdout).toMatch(/không có lỗi/);
    expect(validate.code).toBe(0);
    const out = tempDir();
    const render = await dialogue(["render", file, "-o", out]);
    expect(render.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".docx")).length).toBeGreaterThan(0);
    const status = await dialogue(["status", file, "--format", "json", "--as-of", `${readFileSync(file, "utf8").match(/^year: (\d+)/m)![1]}-12-31`]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).tasks.length).toBeGreaterThan(0);
  });
});

describe("a recurring session whose rule changes mid-year (#13.6)", () => {
  it("status derives one deadline per occurrence: 3 working days before the 15th until June, before the 20th (or the working day before it) from July", async () => {
    const run = await dialogue(["status", RECURRING, "--format", "json", "--as-of", "2025-07-10", "--session", "tiep-dan"]);
    const rows = JSON.parse(run.stdout).tasks as { id: string; session: string; series?: string; deadline: string; state: string }[];
    // The example has two tasks per reception (the summary before, the notice after): this is the one before.
    const tasks = rows.filter((t) => t.id === "tong-hop-don");
    expect(rows.filter((t) => t.id === "thong-bao-ket-qua")).toHaveLength(12);
    const byMonth = new Map(tasks.map((t) => [t.session, t]));
    expect(tasks).toHaveLength(12);
    expect(tasks.every((t) => t.series === "tiep-dan")).toBe(true);
    // 15/2/2025 is a Saturday → 17/2; 3 working days before is 12/2.
    expect(byMonth.get("tiep-dan-2025-02")).toMatchObject({ deadline: "2025-02-12", state: "overdue" });
    // From July: 20/7/2025 is a Sunday → the working day before is Friday 18/7; 3 working days before is 15/7.
    expect(byMonth.get("tiep-dan-2025-07")).toMatchObject({ deadline: "2025-07-15", state: "due_soon" });
    expect(byMonth.get("tiep-dan-2025-08")?.deadline).toBe("2025-08-15");
    expect(byMonth.get("tiep-dan-2025-01")?.state).toBe("done_on_time");
  });

  it("the calendar holds each occurrence on its day, and the plan document states both rules", async () => {
    const out = tempDir();
    await dialogue(["calendar", RECURRING, "-o", join(out, "c.ics")]);
    const ics = readFileSync(join(out, "c.ics"), "utf8");
    for (const day of ["20250115", "20250217", "20250616", "20250718", "20250820"]) expect(ics).toContain(`DTSTART;VALUE=DATE:${day}`);
    await dialogue(["render", RECURRING, "-o", out, "--only", "plan"]);
    const text = new DocxFile(join(out, "ke-hoach-tiep-dan-2025-xa-phuoc-an-ke-hoach.docx")).texts().join("\n");
    expect(text).toContain("Định kỳ sáng ngày 15 hằng tháng (trùng ngày nghỉ thì lùi sang ngày làm việc tiếp theo); từ tháng 7/2025: sáng ngày 20 hằng tháng");
    expect(text).toContain("Dự kiến giữa tháng 5/2025 (hưởng ứng Tháng Công nhân).");
    expect(text).toContain("Địa điểm: (chưa xác định).");
    expect(text).toContain("Số lượng: 25 đại biểu và hàng trăm người dân.");
  });
});

const LARGE = join(ROOT, "examples/ke-hoach-doi-thoai-2025-son-nguyen-cong-nhan.yaml");

describe("a large dialogue's record (#13.9, 10)", () => {
  it("the notice counts the opinions by group and field, the triage, and prints each kind of conclusion, with no speaker's name", async () => {
    const docs = await renderDocuments(LARGE);
    const notice = docs["ke-hoach-doi-thoai-2025-son-nguyen-cong-nhan-thong-bao-ket-luan-cong-nhan.docx"].texts().join("\n");
    expect(notice).toContain("Trước buổi đối thoại, đã tiếp nhận 132 ý kiến của Nhân dân, tổng hợp thành 12 nhóm vấn đề, lựa chọn 18 ý kiến để đối thoại trực tiếp.");
    expect(notice).toContain("có 73 ý kiến phát biểu, thuộc 3 nhóm vấn đề: việc làm (25 ý kiến; đào tạo nghề, giới thiệu việc làm); tiền lương, bảo hiểm (30 ý kiến; tiền lương, BHXH)");
    expect(notice).toContain("đã trả lời trực tiếp 61 ý kiến");
    expect(notice).toContain("xin lỗi công nhân Công ty Gỗ Phước Thọ");
    expect(notice).toContain("+ Lý Văn Hậu, Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện Tân Hòa: khiển trách.");
    expect(notice).toContain("báo cáo Trung ương");
    expect(notice).toContain("trả lời bằng văn bản");
    expect(notice).toContain("Tham dự buổi đối thoại có đại diện lãnh đạo Ban cán sự đảng UBND tỉnh, Ban Thường vụ Liên đoàn Lao động tỉnh và Ban Dân vận Tỉnh ủy; cùng 60 đại biểu và 436 người dân.");
    expect(notice).not.toContain("Đinh Thị Hồng");
    const minutes = docs["ke-hoach-doi-thoai-2025-son-nguyen-cong-nhan-bien-ban-cong-nhan.docx"].texts().join("\n");
    expect(minutes).toContain("Ý kiến 1 (lĩnh vực tiền lương) – Đinh Thị Hồng (Khu công nghiệp Phước Thọ)");
    expect(minutes).toContain("Đồng chí Phan Quốc Bảo, Giám đốc Sở Giáo dục và Đào tạo trả lời:");
  });

  it("status counts replied apart from resolved per unit, and the notice's date completes the 'draft the notice' task by itself", async () => {
    const run = await dialogue(["status", LARGE, "--format", "json", "--as-of", "2025-07-01"]);
    const report = JSON.parse(run.stdout);
    const unit = (id: string) => report.units.find((u: { id: string }) => u.id === id);
    expect(unit("ubnd-tinh")).toMatchObject({ replied: 1, roadmap: 1, forwarded: 1 });
    expect(unit("ubnd-tinh").resolved).toBeUndefined();
    expect(unit("ldld")).toMatchObject({ resolved: 2 });
    expect(unit("ldld").replied).toBeUndefined();
    const draft = report.tasks.find((t: { id: string }) => t.id === "thong-bao-ket-luan");
    // 16/5/2025 + 7 working days = 27/5; the notice is dated 23/5.
    expect(draft).toMatchObject({ state: "done_on_time", deadline: "2025-05-27", completedOn: "2025-05-23", evidence: "Thông báo kết luận số 88" });
    // Before the notice's date it is still open.
    const before = JSON.parse((await dialogue(["status", LARGE, "--format", "json", "--as-of", "2025-05-20"])).stdout);
    expect(before.tasks.find((t: { id: string }) => t.id === "thong-bao-ket-luan").state).toBe("due_soon");
    expect(run.stdout).not.toContain("Đinh Thị Hồng");
  });
});
