import { describe, expect, it } from "vitest";
import type { Plan } from "../plan/types.gen.js";
import { minutesModel } from "./minutes-model.js";
import { loadTemplates } from "./templates.js";

const templates = loadTemplates("hd36");
const plan = (session: Record<string, unknown>) =>
  ({
    year: 2026,
    issuer: { name: "TỈNH ỦY THỬ", code: "TU" },
    place: "Thử",
    summary: "s",
    units: [{ id: "u", name: "Đơn vị" }],
    sessions: [{ id: "s", theme: "Chủ đề", status: "held", heldOn: "2026-04-20", record: {}, ...session }],
    signature: { position: "BÍ THƯ", name: "A" },
  }) as unknown as Plan;
const opening = (p: Plan) => minutesModel(p, p.sessions![0], templates).body[0].spans.map((s) => s.text).join("");

describe("the minutes' opening", () => {
  it("uses the scheduled time when the record has none, and names a missing venue instead of leaving a gap", () => {
    expect(opening(plan({ scheduled: { date: "2026-04-20", time: "14:30" } }))).toBe(
      "Vào lúc 14 giờ 30 ngày 20/4/2026, tại (chưa ghi địa điểm), đồng chí Bí thư Tỉnh ủy tổ chức đối thoại trực tiếp với Nhân dân về chủ đề: Chủ đề.",
    );
  });

  it("starts with the date when no time is known", () => {
    expect(opening(plan({ venue: "Hội trường A" }))).toBe(
      "Ngày 20/4/2026, tại Hội trường A, đồng chí Bí thư Tỉnh ủy tổ chức đối thoại trực tiếp với Nhân dân về chủ đề: Chủ đề.",
    );
  });
});
