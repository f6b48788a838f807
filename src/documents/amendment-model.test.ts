import { describe, expect, it } from "vitest";
import { loadTemplates } from "../load/templates.js";
import type { Amendment, Plan } from "../plan/types.gen.js";
import { amendmentModel } from "./amendment-model.js";
import { PLAN_HEAD } from "./plan-head.fixture.js";
import { textOf } from "./model.js";

const templates = loadTemplates("hd36");
const plan = {
  ...PLAN_HEAD,
  units: [
    { id: "bdv", name: "Ban Dân vận Tỉnh ủy" },
    { id: "vp", name: "Văn phòng Tỉnh ủy" },
  ],
  sessions: [
    { id: "dat", theme: "Đất đai", planned: { month: "2026-04", part: "mid" } },
    { id: "moi", theme: "Việc làm", audience: "Thanh niên.", attendance: { count: 90 }, planned: { date: "2026-10-15", time: "08:00" }, venue: "Hội trường B." },
  ],
  implementation: [
    { units: ["bdv", "vp"], tasks: [{ id: "tai-lieu", text: "Chuẩn bị tài liệu." }, { id: "moi-them", text: "Mời chuyên gia.", items: [{ text: "Lập danh sách." }] }] },
  ],
  signature: { authority: { mode: "T/M", body: "BAN THƯỜNG VỤ" }, position: "BÍ THƯ", name: "A" },
  recipients: ["Lưu Văn phòng Tỉnh ủy"],
} as unknown as Plan;
const body = (amendment: Partial<Amendment>) => amendmentModel(plan, { id: "dc", ...amendment }, templates).body.map(textOf);

describe("an amendment says what changes, citing the plan it changes", () => {
  it("opens with the plan's number, date, body and summary, and the reason, in one sentence", () => {
    expect(body({ reason: "Do trùng lịch làm việc với Trung ương." })[0]).toBe(
      "Căn cứ Kế hoạch số 03-KH/TU ngày 10/1/2026 của Ban Thường vụ Tỉnh ủy về tổ chức đối thoại năm 2026; do trùng lịch làm việc với Trung ương, Ban Thường vụ Tỉnh ủy điều chỉnh, bổ sung một số nội dung của Kế hoạch như sau:",
    );
    expect(body({})[0]).toBe("Căn cứ Kế hoạch số 03-KH/TU ngày 10/1/2026 của Ban Thường vụ Tỉnh ủy về tổ chức đối thoại năm 2026, Ban Thường vụ Tỉnh ủy điều chỉnh, bổ sung một số nội dung của Kế hoạch như sau:");
  });

  it.each<[string, Partial<Amendment>, string[]]>([
    ["a session moved", { sessions: [{ session: "dat", change: "moved", to: { quarter: "2026-Q3" } }] }, ["I. Điều chỉnh, bổ sung buổi đối thoại", "1. Điều chỉnh thời gian tổ chức buổi đối thoại Chủ đề 1 (Đất đai): từ giữa tháng 4/2026 sang quý III/2026."]],
    [
      "a session moved to a day and a venue",
      { sessions: [{ session: "dat", change: "moved", to: { date: "2026-05-12", time: "14:00" }, venue: "Nhà văn hóa xã" }] },
      ["I. Điều chỉnh, bổ sung buổi đối thoại", "1. Điều chỉnh thời gian, địa điểm tổ chức buổi đối thoại Chủ đề 1 (Đất đai): từ giữa tháng 4/2026 sang 14 giờ 00, ngày 12/5/2026 (thứ Ba), tại Nhà văn hóa xã."],
    ],
    [
      "a session added, written out as the plan writes one",
      { sessions: [{ session: "moi", change: "added" }] },
      ["I. Điều chỉnh, bổ sung buổi đối thoại", "1. Bổ sung buổi đối thoại Chủ đề 2: Việc làm.", "Đối tượng: Thanh niên.", "Số lượng: Khoảng 90 người.", "Thời gian thực hiện: Dự kiến 08 giờ 00 ngày 15/10/2026.", "Địa điểm: Hội trường B."],
    ],
    ["a session dropped", { sessions: [{ session: "dat", change: "dropped" }] }, ["I. Điều chỉnh, bổ sung buổi đối thoại", "1. Không tổ chức buổi đối thoại Chủ đề 1 (Đất đai) như dự kiến giữa tháng 4/2026."]],
    ["the clerk's own words", { sessions: [{ session: "dat", change: "moved", text: "Lùi buổi đối thoại về đất đai." }] }, ["I. Điều chỉnh, bổ sung buổi đối thoại", "1. Lùi buổi đối thoại về đất đai."]],
    ["a task changed", { tasks: [{ task: "tai-lieu", change: "changed", text: "hoàn thành trước ngày 10/4/2026." }] }, ["I. Điều chỉnh, bổ sung nhiệm vụ", "1. Điều chỉnh nhiệm vụ của Ban Dân vận Tỉnh ủy và Văn phòng Tỉnh ủy (Chuẩn bị tài liệu): hoàn thành trước ngày 10/4/2026."]],
    ["a task added with its items", { tasks: [{ task: "moi-them", change: "added" }] }, ["I. Điều chỉnh, bổ sung nhiệm vụ", "1. Bổ sung nhiệm vụ của Ban Dân vận Tỉnh ủy và Văn phòng Tỉnh ủy:", "- Mời chuyên gia.", "+ Lập danh sách."]],
    ["a task dropped", { tasks: [{ task: "tai-lieu", change: "dropped" }] }, ["I. Điều chỉnh, bổ sung nhiệm vụ", "1. Không thực hiện nhiệm vụ của Ban Dân vận Tỉnh ủy và Văn phòng Tỉnh ủy: Chuẩn bị tài liệu."]],
  ])("%s", (_, amendment, expected) => {
    expect(body(amendment).slice(1, -1)).toEqual(expected);
  });

  it("numbers the sections I and II when both change, and ends with the rest of the plan standing", () => {
    const texts = body({ sessions: [{ session: "dat", change: "dropped" }], tasks: [{ task: "tai-lieu", change: "dropped" }] });
    expect(texts.filter((t) => /^[IV]+\. /.test(t))).toEqual(["I. Điều chỉnh, bổ sung buổi đối thoại", "II. Điều chỉnh, bổ sung nhiệm vụ"]);
    expect(texts.at(-1)).toBe("Các nội dung khác giữ nguyên theo Kế hoạch số 03-KH/TU ngày 10/1/2026. Đề nghị các cơ quan, đơn vị, địa phương liên quan triển khai thực hiện./.");
  });

  it("has its own number and date, the plan's signature and recipients unless it gives its own", () => {
    const model = amendmentModel(plan, { id: "dc", number: 9, date: "2026-06-02" }, templates);
    expect(model.header.number.map(textOf)).toEqual(["Số 09-KH/TU"]);
    expect(textOf(model.header.date)).toBe("Thử, ngày 02 tháng 6 năm 2026");
    expect(model.titleBlock.map(textOf)).toEqual(["Kế hoạch", "điều chỉnh, bổ sung Kế hoạch số 03-KH/TU ngày 10/1/2026", "về tổ chức đối thoại năm 2026", "-----"]);
    expect(model.signatureRight.map(textOf).filter(Boolean)).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "A"]);
    expect(model.signatureLeft.map(textOf)).toEqual(["Nơi nhận:", "- Lưu Văn phòng Tỉnh ủy."]);
  });
});
