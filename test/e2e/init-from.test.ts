import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyExample, dialogue, SON_NGUYEN, tempDir } from "../helpers/cli.js";
import { DocxFile } from "../helpers/docx.js";

describe("dialogue init --from last year's plan (#13.8)", () => {
  it("writes a 2025 plan from the 2024 example that validates and lists the still-open assignments with their origin", async () => {
    const folder = tempDir();
    const file = join(folder, "ke-hoach-2025.yaml");
    const run = await dialogue(["init", file, "--from", SON_NGUYEN]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 nội dung kết luận chưa hoàn thành");
    const validate = await dialogue(["validate", file]);
    expect(validate.stdout).toContain("không có lỗi");
    const plan = parse(readFileSync(file, "utf8"));
    expect(plan.year).toBe(2025);
    expect(plan.continues).toEqual({ kind: "KH", number: 7, date: "2024-02-05" });
    expect(plan.summary).toContain("năm 2025");
    expect(plan.number).toBeUndefined();
    expect(plan.signature.name).toBe("Nguyễn Văn Khải");
    expect(plan.units.map((u: { id: string }) => u.id)).toEqual(["ban-dan-van", "van-phong", "ubnd-tinh", "tinh-doan", "huyen-uy-tan-hoa"]);
    expect(plan.recipients).toContain("Thường trực Tỉnh ủy");
    // Done or cancelled assignments stay behind; the open ones carry their day and their origin.
    expect(plan.carriedOver).toEqual([
      expect.objectContaining({ id: "kl-viec-lam-thanh-nien", lead: "tinh-doan", deadline: { on: "2024-06-19" }, origin: expect.objectContaining({ notice: { kind: "TB", number: 215, date: "2024-05-08" } }) }),
      expect.objectContaining({ id: "kl-nuoc-sach", lead: "huyen-uy-tan-hoa", deadline: { on: "2024-12-31" }, status: "in_progress" }),
    ]);
    // The sessions not held come along, with the plan they come from; the held one does not.
    expect(plan.sessions.map((s: { id: string }) => s.id)).toEqual(["thanh-nien", "doanh-nghiep"]);
    expect(plan.sessions[0].carriedFrom.plan).toEqual({ kind: "KH", number: 7, date: "2024-02-05" });

    const status = JSON.parse((await dialogue(["status", file, "--format", "json", "--as-of", "2025-01-15"])).stdout);
    expect(status.tasks.filter((t: { state: string }) => t.state === "overdue").map((t: { id: string }) => t.id)).toEqual(["kl-viec-lam-thanh-nien", "kl-nuoc-sach"]);

    const render = await dialogue(["render", file, "-o", folder, "--only", "plan"]);
    expect(render.code).toBe(0);
    const text = new DocxFile(join(folder, "ke-hoach-2025-ke-hoach.docx")).texts().join("\n");
    expect(text).toContain("Tiếp tục theo dõi, đôn đốc các nội dung kết luận năm trước chưa hoàn thành");
    expect(text).toContain("- Ban Thường vụ Huyện ủy Tân Hòa chỉ đạo hoàn thành công trình cấp nước sạch khu tái định cư Đồng Phú chậm nhất trong ngày 31/12/2024 (theo Thông báo số 215-TB/TU ngày 8/5/2024).");
    expect(text).toContain("Chuyển tiếp từ Kế hoạch số 07-KH/TU ngày 5/2/2024.");
  });

  it("carries a recurring session's rule in force at the year's end, from January", async () => {
    const file = join(tempDir(), "tiep-dan-2026.yaml");
    const run = await dialogue(["init", file, "--from", join(import.meta.dirname, "../../examples/ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml")]);
    expect(run.code).toBe(0);
    const plan = parse(readFileSync(file, "utf8"));
    expect(plan.sessions[0].recurrence).toEqual([{ from: "2026-01", day: 20, whenOff: "previous", dayPart: "morning" }]);
    expect(plan.sessions[0].chairs).toEqual([{ name: "Đỗ Thị Thu", title: "Bí thư Đảng ủy xã" }]);
    expect((await dialogue(["validate", file])).code).toBe(0);
  });

  it("refuses a last year's plan with errors, and writes nothing", async () => {
    const last = copyExample(SON_NGUYEN, (t) => t.replace("lead: tinh-doan", "lead: tinh-doann"));
    const file = join(tempDir(), "k.yaml");
    const run = await dialogue(["init", file, "--from", last]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("còn lỗi");
    expect(() => readFileSync(file)).toThrow();
  });
});
