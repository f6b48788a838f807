import { describe, expect, it } from "vitest";
import { loadTemplates } from "../load/templates.js";
import type { Plan, Session, SessionEvent } from "../plan/types.gen.js";
import { build, changeNoticeModel } from "./change-notice-model.js";
import { PLAN_HEAD } from "./plan-head.fixture.js";
import { textOf } from "./model.js";

const templates = loadTemplates("hd36");
const plan = (session: Partial<Session>) =>
  ({
    ...PLAN_HEAD,
    units: [{ id: "u", name: "Đơn vị" }],
    sessions: [{ id: "s", theme: "Đất đai", planned: { month: "2026-04" }, ...session }],
    signature: { position: "BÍ THƯ", name: "A" },
  }) as unknown as Plan;
const notice = (session: Partial<Session>, event: SessionEvent) => {
  const p = plan(session);
  return changeNoticeModel(p, p.sessions![0], event, templates);
};
const body = (session: Partial<Session>, event: SessionEvent) => notice(session, event).body.map(textOf);
const SCHEDULED: Partial<Session> = { status: "scheduled", scheduled: { date: "2026-04-20", time: "08:00", venue: "Hội trường A" } };

describe("a change notice says what was announced, what changes and why, and what becomes of registered citizens", () => {
  it.each<[string, Partial<Session>, SessionEvent, string[]]>([
    [
      "moved, with the reason and the new venue",
      { ...SCHEDULED, scheduled: { date: "2026-04-24", time: "14:00", venue: "Nhà văn hóa B" }, history: [{ on: "2026-04-01", change: "scheduled", to: "2026-04-20", venue: "Hội trường A" }] },
      { on: "2026-04-15", change: "moved", from: "2026-04-20", to: "2026-04-24", time: "14:00", venue: "Nhà văn hóa B", reason: "Trùng lịch làm việc với Trung ương." },
      [
        "Theo Kế hoạch số 03-KH/TU ngày 10/1/2026 của Ban Thường vụ Tỉnh ủy về tổ chức đối thoại năm 2026, buổi đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy với Nhân dân về chủ đề “Đất đai” được tổ chức vào 14 giờ 00, ngày 20/4/2026 (thứ Hai), tại Hội trường A.",
        "Do trùng lịch làm việc với Trung ương, buổi đối thoại được chuyển sang 14 giờ 00, ngày 24/4/2026 (thứ Sáu), tại Nhà văn hóa B.",
        "Các ý kiến, kiến nghị người dân đã đăng ký được giữ nguyên và sẽ được trả lời tại buổi đối thoại theo thời gian mới.",
      ],
    ],
    [
      "postponed to a quarter, without a reason",
      { status: "postponed", postponedTo: { quarter: "2026-Q3" }, reason: "x" },
      { on: "2026-03-20", change: "postponed" },
      [
        "Theo Kế hoạch số 03-KH/TU ngày 10/1/2026 của Ban Thường vụ Tỉnh ủy về tổ chức đối thoại năm 2026, buổi đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy với Nhân dân về chủ đề “Đất đai” được tổ chức vào tháng 4/2026.",
        "Buổi đối thoại được tạm hoãn, dự kiến tổ chức vào quý III/2026; thời gian cụ thể sẽ thông báo sau.",
        "Các ý kiến, kiến nghị người dân đã đăng ký được giữ nguyên và sẽ được trả lời khi tổ chức buổi đối thoại; ý kiến cần giải quyết ngay được chuyển đến cơ quan có thẩm quyền xem xét, trả lời bằng văn bản.",
      ],
    ],
    [
      "cancelled after the session notice: cites the notice, and the clerk's words on the registered citizens",
      { ...SCHEDULED, status: "cancelled", reason: "x", announcement: { number: 40, date: "2026-04-05" }, history: [{ on: "2026-04-01", change: "scheduled", to: "2026-04-20" }, { on: "2026-04-12", change: "cancelled" }] },
      { on: "2026-04-12", change: "cancelled", reason: "Các kiến nghị đã được giải quyết xong", registered: "Văn phòng Tỉnh ủy liên hệ từng người đã đăng ký." },
      [
        "Theo Thông báo số 40-TB/TU ngày 5/4/2026 của Ban Thường vụ Tỉnh ủy, buổi đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy với Nhân dân về chủ đề “Đất đai” được tổ chức vào 08 giờ 00, ngày 20/4/2026 (thứ Hai), tại Hội trường A.",
        "Do các kiến nghị đã được giải quyết xong, buổi đối thoại không tổ chức như đã thông báo.",
        "Văn phòng Tỉnh ủy liên hệ từng người đã đăng ký.",
      ],
    ],
  ])("%s", (_, session, event, expected) => {
    const texts = body(session, event);
    expect(texts.slice(0, 3)).toEqual(expected);
    expect(texts.at(-1)).toBe("Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị, địa phương liên quan và Nhân dân biết./.");
  });

  it("is titled by the change and signed as the office signs when the plan names no signer", () => {
    const model = notice({ status: "postponed", postponedTo: { quarter: "2026-Q3" }, reason: "x" }, { on: "2026-03-20", change: "postponed", notice: { number: 12, date: "2026-03-21" } });
    expect(model.titleBlock.map(textOf)).toEqual(["Thông báo", "tạm hoãn buổi đối thoại trực tiếp", "của đồng chí Bí thư Tỉnh ủy với Nhân dân", "-----"]);
    expect(model.header.number.map(textOf)).toEqual(["Số 12-TB/TU"]);
    expect(model.signatureRight.map(textOf).filter(Boolean)).toEqual(["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "(chưa ghi người ký)"]);
  });

  it("is made for each change recorded with its notice, and for every change when asked for by name", () => {
    const p = plan({
      ...SCHEDULED,
      history: [
        { on: "2026-04-01", change: "scheduled", to: "2026-04-18" },
        { on: "2026-04-10", change: "moved", from: "2026-04-18", to: "2026-04-20", notice: { number: 5 } },
        { on: "2026-04-12", change: "moved", from: "2026-04-20", to: "2026-04-22" },
      ],
    });
    expect(build({ plan: p, session: p.sessions![0] }, templates, false).map((d) => d.part)).toEqual(["s-2026-04-10"]);
    expect(build({ plan: p, session: p.sessions![0] }, templates, true).map((d) => d.part)).toEqual(["s-2026-04-10", "s-2026-04-12"]);
  });
});

describe("a postponement to two alternative dates (#13.6)", () => {
  it("names both dates", () => {
    const session: Partial<Session> = { ...SCHEDULED, status: "postponed", postponedTo: { alternatives: ["2026-05-14", "2026-05-21"] }, reason: "Trùng lịch." };
    const text = body(session, { on: "2026-04-10", change: "postponed", reason: "Trùng lịch." }).join("\n");
    expect(text).toContain("dự kiến tổ chức vào ngày 14/5/2026 hoặc 21/5/2026");
  });
});
