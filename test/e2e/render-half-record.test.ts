import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, lineOf, SON_NGUYEN, tempDir } from "../helpers/cli.js";

/** The fictional plan with the dat-dai session's record half filled in: the number of citizens not a number yet. */
const halfFilled = () => copyExample(SON_NGUYEN, (text) => text.replace("citizens: 176", "citizens: khoảng 176"), "kh.yaml");

describe("dialogue render while a session's record is half filled in", () => {
  it("writes every document but those the broken record feeds, and names those with the record's findings", async () => {
    const plan = halfFilled();
    const out = tempDir();
    const run = await dialogue(["render", plan, "-o", out]);
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["kh-ke-hoach-dieu-chinh-dieu-chinh-1.docx", "kh-ke-hoach.docx", "kh-thong-bao-thay-doi-thanh-nien-2024-09-05.docx", "kh-thong-bao-to-chuc-dat-dai.docx"]);
    const line = lineOf(readFileSync(plan, "utf8"), "citizens: khoảng 176");
    expect(run.stderr).toContain(`${plan}:${line}:17  lỗi  sessions[0].record.citizens`);
    expect(run.stderr).toContain(`${plan}: chưa xuất Thông báo kết luận của buổi dat-dai: hồ sơ buổi này còn lỗi`);
    expect(run.stderr).toContain(`${plan}: chưa xuất Biên bản của buổi dat-dai`);
  });

  it("refuses the report that would count the record's assignments, and every other error still refuses the plan", async () => {
    const plan = halfFilled();
    const report = await dialogue(["render", plan, "-o", tempDir(), "--period", "2024-6m"]);
    expect(report.code).toBe(1);
    expect(report.stderr).toContain("chưa xuất Báo cáo kết quả: số liệu có cả các nội dung giao việc trong hồ sơ buổi dat-dai");
    const broken = copyExample(SON_NGUYEN, (text) => text.replace("citizens: 176", "citizens: khoảng 176").replace("year: 2024", "year: hai"));
    const out = tempDir();
    const refused = await dialogue(["render", broken, "-o", out]);
    expect(refused.code).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });
});
