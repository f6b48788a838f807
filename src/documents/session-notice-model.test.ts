import { describe, expect, it } from "vitest";
import { loadTemplates } from "../load/templates.js";
import type { Plan, Session } from "../plan/types.gen.js";
import { textOf } from "./model.js";
import { PLAN_HEAD } from "./plan-head.fixture.js";
import { build, sessionNoticeModel } from "./session-notice-model.js";

const templates = loadTemplates("hd36");
const plan = (session: Partial<Session>) =>
  ({
    ...PLAN_HEAD,
    units: [
      { id: "bdv", name: "Ban Dân vận Tỉnh ủy" },
      { id: "vp", name: "Văn phòng Tỉnh ủy" },
      { id: "ca", name: "Công an tỉnh" },
    ],
    sessions: [
      {
        id: "s",
        theme: "Đất đai",
        audience: "Hộ dân vùng dự án.",
        attendance: { count: 150 },
        chairs: [{ name: "Nguyễn Văn A", title: "Bí thư Tỉnh ủy" }],
        planned: { month: "2026-04" },
        status: "scheduled",
        scheduled: { date: "2026-04-24", time: "14:00", venue: "Nhà văn hóa B" },
        history: [
          { on: "2026-04-01", change: "scheduled", to: "2026-04-20", time: "08:00", venue: "Hội trường A" },
          { on: "2026-04-15", change: "moved", from: "2026-04-20", to: "2026-04-24", time: "14:00", venue: "Nhà văn hóa B" },
        ],
        ...session,
      },
    ],
    implementation: [
      { units: ["bdv"], tasks: [{ id: "tai-lieu", text: "Chuẩn bị tài liệu.", deadline: { daysBefore: 3, session: "s" } }] },
      { units: ["vp"], tasks: [{ id: "thong-bao", text: "Dự thảo thông báo kết luận.", deadline: { daysAfter: 5, session: "s" } }, { id: "khac", text: "Việc khác.", deadline: { on: "2026-04-01" } }] },
    ],
    signature: { position: "BÍ THƯ", name: "A" },
  }) as unknown as Plan;
const model = (session: Partial<Session>) => {
  const p = plan(session);
  return sessionNoticeModel(p, p.sessions![0], templates);
};

describe("the notice of a session", () => {
  it("gives the schedule as known on its date: before a move, the first day, hour and venue", () => {
    const texts = model({ announcement: { number: 7, date: "2026-04-05" } }).body.map(textOf);
    expect(texts.slice(0, 5)).toEqual([
      "Thực hiện Kế hoạch số 03-KH/TU ngày 10/1/2026 của Ban Thường vụ Tỉnh ủy về tổ chức đối thoại năm 2026, Ban Thường vụ Tỉnh ủy tổ chức buổi đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy với Nhân dân như sau:",
      "1. Thời gian: 08 giờ 00, ngày 20/4/2026 (thứ Hai).",
      "2. Địa điểm: Hội trường A.",
      "3. Chủ trì: đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy.",
      "4. Nội dung: đối thoại với Nhân dân về chủ đề: Đất đai.",
    ]);
    const after = model({ announcement: { number: 8, date: "2026-04-16" } }).body.map(textOf);
    expect(after.slice(1, 3)).toEqual(["1. Thời gian: 14 giờ 00, ngày 24/4/2026 (thứ Sáu).", "2. Địa điểm: Nhà văn hóa B."]);
  });

  it("invites the units with preparation for the session, each with its task and deadline; follow-up tasks are not preparation", () => {
    const texts = model({ announcement: { date: "2026-04-16" } }).body.map(textOf);
    expect(texts.slice(5, 10)).toEqual([
      "5. Thành phần:",
      "- Hộ dân vùng dự án (khoảng 150 người).",
      "- Mời đại diện lãnh đạo: Ban Dân vận Tỉnh ủy.",
      "6. Phân công chuẩn bị:",
      "- Ban Dân vận Tỉnh ủy: chuẩn bị tài liệu; thời hạn: 21/4/2026.",
    ]);
  });

  it("invites the plan's list, names the press, and sends it to them all", () => {
    const m = model({ announcement: { date: "2026-04-16", invited: ["ca", "bdv"], press: ["Báo Thử"], registration: "Đăng ký tại xã." } });
    const texts = m.body.map(textOf);
    expect(texts).toContain("- Mời đại diện lãnh đạo: Công an tỉnh và Ban Dân vận Tỉnh ủy.");
    expect(texts).toContain("7. Đăng ký ý kiến: Đăng ký tại xã.");
    expect(texts).toContain("8. Báo chí: đề nghị Báo Thử cử phóng viên dự, đưa tin.");
    expect(m.signatureLeft.map(textOf)).toEqual(["Nơi nhận:", "- Công an tỉnh,", "- Ban Dân vận Tỉnh ủy,", "- Báo Thử,", "- Lưu Văn phòng Tỉnh ủy."]);
    expect(m.signatureRight.map(textOf).filter(Boolean)).toEqual(["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "(chưa ghi người ký)"]);
  });

  it("is a Giấy mời (GM) when the plan says so", () => {
    const m = model({ announcement: { form: "invitation", number: 9, date: "2026-04-16" } });
    expect(m.titleBlock.map(textOf).slice(0, 3)).toEqual(["Giấy mời", "dự buổi đối thoại trực tiếp của đồng chí Bí thư Tỉnh ủy", "với Nhân dân ngày 24/4/2026"]);
    expect(m.header.number.map(textOf)).toEqual(["Số 09-GM/TU"]);
    expect(textOf(m.body.at(-1)!)).toBe("Trân trọng kính mời các đồng chí tham dự đầy đủ, đúng giờ./.");
  });

  it("is made when the plan announces the session; asked by name, also as a draft for a session with a fixed day", () => {
    const announced = plan({ announcement: { number: 1 } });
    expect(build({ plan: announced, session: announced.sessions![0] }, templates, false)).toHaveLength(1);
    const dated = plan({});
    expect(build({ plan: dated, session: dated.sessions![0] }, templates, false)).toHaveLength(0);
    expect(build({ plan: dated, session: dated.sessions![0] }, templates, true)).toHaveLength(1);
    const undated = plan({ status: "planned", scheduled: undefined, history: undefined });
    expect(build({ plan: undated, session: undated.sessions![0] }, templates, true)).toHaveLength(0);
  });
});
