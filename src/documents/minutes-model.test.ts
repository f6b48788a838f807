import { describe, expect, it } from "vitest";
import type { Plan } from "../plan/types.gen.js";
import { textOf, type Block } from "./model.js";
import { minutesModel } from "./minutes-model.js";
import { loadTemplates } from "../load/templates.js";

const templates = loadTemplates("hd36");
const plan = (session: Record<string, unknown>) =>
  ({
    year: 2026,
    issuer: { name: "TỈNH ỦY THỬ", code: "TU" },
    place: "Thử",
    summary: "s",
    units: [
      { id: "u", name: "Đơn vị" },
      { id: "ubnd", name: "Ban cán sự đảng UBND tỉnh" },
      { id: "doan", name: "Ban Thường vụ Tỉnh đoàn" },
    ],
    sessions: [{ id: "s", theme: "Chủ đề", status: "held", heldOn: "2026-04-20", record: {}, ...session }],
    signature: { position: "BÍ THƯ", name: "A" },
  }) as unknown as Plan;
const text = (blocks: Block[]) => blocks.map(textOf);
const minutes = (p: Plan) => minutesModel(p, p.sessions![0], templates);
const body = (record: Record<string, unknown>, session: Record<string, unknown> = {}) => text(minutes(plan({ record, ...session })).body);
const opening = (p: Plan) => text(minutes(p).body)[0];

describe("the minutes' opening", () => {
  it("uses the scheduled time when the record has none, written '14 giờ 30 phút', and names a missing venue instead of leaving a gap", () => {
    expect(opening(plan({ scheduled: { date: "2026-04-20", time: "14:30" } }))).toBe(
      "Vào lúc 14 giờ 30 phút ngày 20/4/2026, tại (chưa ghi địa điểm), đồng chí Bí thư Tỉnh ủy tổ chức đối thoại trực tiếp với Nhân dân về chủ đề: Chủ đề.",
    );
  });

  it("keeps the hour's two digits: '08 giờ 00 phút', not '8 giờ 00'", () => {
    expect(opening(plan({ record: { start: "08:00" } }))).toMatch(/^Vào lúc 08 giờ 00 phút ngày 20\/4\/2026, /);
  });

  it("starts with the date when no time is known; a venue's own full stop does not cut the sentence", () => {
    expect(opening(plan({ venue: "Hội trường A." }))).toBe(
      "Ngày 20/4/2026, tại Hội trường A, đồng chí Bí thư Tỉnh ủy tổ chức đối thoại trực tiếp với Nhân dân về chủ đề: Chủ đề.",
    );
  });
});

describe("the minutes' participants", () => {
  it("one chair, leaders, agencies, citizens and the minute-taker, each named đồng chí", () => {
    const texts = body(
      { leaders: ["Lê Quang Vinh, Phó Chủ tịch UBND tỉnh"], agencies: ["u", "doan"], citizens: 12, minuteTaker: { name: "Võ Minh Tâm", title: "chuyên viên" } },
      { chairs: [{ name: "Nguyễn Văn Khải", title: "Bí thư Tỉnh ủy" }] },
    );
    expect(texts.slice(1, 7)).toEqual([
      "I. Thành phần tham dự",
      "Chủ trì: đồng chí Nguyễn Văn Khải, Bí thư Tỉnh ủy.",
      "Lãnh đạo tham dự: đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh.",
      "Đại diện lãnh đạo các cơ quan, đơn vị: Đơn vị và Ban Thường vụ Tỉnh đoàn.",
      "Số người dân tham dự: 12 người.",
      "Người ghi biên bản: đồng chí Võ Minh Tâm, chuyên viên.",
    ]);
  });

  it("three co-chairs: 'Đồng chủ trì: các đồng chí A, B và C', never 'A và B và C'", () => {
    const texts = body({}, { chairs: [{ name: "A", title: "Bí thư Tỉnh ủy" }, { name: "B", title: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" }, { name: "C" }] });
    expect(texts[2]).toBe("Đồng chủ trì: các đồng chí A, Bí thư Tỉnh ủy; B, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và C.");
  });
});

describe("the minutes' content", () => {
  const answers = [
    { person: { name: "Lê Quang Vinh", title: "Phó Chủ tịch UBND tỉnh" }, by: "ubnd", summary: "Giao đất trong tháng 6." },
    { by: "ubnd", summary: "Rà soát giá đất." },
    { by: "doan", summary: "Tổ chức ngày hội việc làm." },
    { by: "u", summary: "Đã tiếp thu." },
  ];
  const opinions = [
    { number: 1, field: "Bồi thường, tái định cư", speaker: { name: "Đặng Văn Lực", address: "thôn Đồng Phú, xã Tân Lợi" }, content: "Đề nghị giao đất.", answers },
    { number: 2, field: "Việc làm", speaker: { name: "Hồ Văn Tùng" }, content: "Đào tạo nghề." },
    { number: 3, content: "Ý kiến gửi bằng văn bản." },
  ];

  it("writes each opinion as 'Ý kiến 1 (lĩnh vực …) – name (address): …' and each answer as given by people", () => {
    const texts = body({ opinions });
    const at = texts.indexOf("1. Ý kiến của Nhân dân và ý kiến trả lời");
    expect(texts.slice(at + 1, at + 8)).toEqual([
      "Ý kiến 1 (lĩnh vực bồi thường, tái định cư) – Đặng Văn Lực (thôn Đồng Phú, xã Tân Lợi): Đề nghị giao đất.",
      "- Đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh trả lời: Giao đất trong tháng 6.",
      "- Đại diện lãnh đạo UBND tỉnh trả lời: Rà soát giá đất.",
      "- Đại diện lãnh đạo Tỉnh đoàn trả lời: Tổ chức ngày hội việc làm.",
      "- Đại diện lãnh đạo Đơn vị trả lời: Đã tiếp thu.",
      "Ý kiến 2 (lĩnh vực việc làm) – Hồ Văn Tùng: Đào tạo nghề.",
      "Ý kiến 3: Ý kiến gửi bằng văn bản./.",
    ]);
    expect(texts.join("\n")).not.toMatch(/– :|Ban cán sự đảng UBND tỉnh trả lời/);
  });

  it("leaves out headings with nothing under them, and numbers the rest in order", () => {
    expect(body({ assessment: ["Ghi nhận."] }).filter((t) => /^(I+\.|\d\.) /.test(t))).toEqual(["I. Thành phần tham dự", "II. Nội dung buổi đối thoại", "1. Kết luận của đồng chí chủ trì"]);
    expect(body({ opinions: [opinions[2]] }).filter((t) => /^\d\. /.test(t))).toEqual(["1. Ý kiến của Nhân dân"]);
  });

  it("says visibly that a record holds no content yet, and ends it with ./.", () => {
    expect(body({}).slice(-2)).toEqual(["II. Nội dung buổi đối thoại", "(chưa ghi ý kiến và kết luận)./."]);
  });

  it("never says 'Thông báo này': the conclusions speak of the Thông báo kết luận", () => {
    const texts = body({
      assignments: [{ id: "a", lead: "u", text: "Đơn vị rà soát trong thời hạn 60 ngày kể từ ngày ban hành Thông báo này.", deadline: { daysAfter: 60 } }, { id: "b", lead: "u", text: "Đơn vị khảo sát.", deadline: { daysAfter: 30 } }],
      followUp: "Giao Đơn vị theo dõi việc thực hiện thông báo này.",
      end: "11:15",
    });
    expect(texts.join("\n")).not.toMatch(/thông báo này/i);
    expect(texts.slice(-4)).toEqual([
      "- Đơn vị rà soát trong thời hạn 60 ngày kể từ ngày ban hành Thông báo kết luận.",
      "- Đơn vị khảo sát; hoàn thành trong thời hạn 30 ngày kể từ ngày ban hành Thông báo kết luận.",
      "- Giao Đơn vị theo dõi việc thực hiện Thông báo kết luận.",
      "Buổi đối thoại kết thúc lúc 11 giờ 15 phút cùng ngày./.",
    ]);
  });
});

describe("the minutes' signatures", () => {
  it("with co-chairs, the first (who concludes) signs as CHỦ TRÌ", () => {
    const model = minutes(plan({ chairs: [{ name: "Nguyễn Văn Khải", title: "Bí thư" }, { name: "Trần Thị Mai Lan" }], record: { minuteTaker: { name: "Võ Minh Tâm" }, assessment: ["Ghi nhận."] } }));
    expect(text(model.body)).toContain("1. Kết luận của đồng chí Nguyễn Văn Khải");
    expect(text(model.signatureRight).filter(Boolean)).toEqual(["CHỦ TRÌ", "Nguyễn Văn Khải"]);
    expect(text(model.signatureLeft).filter(Boolean)).toEqual(["NGƯỜI GHI BIÊN BẢN", "Võ Minh Tâm"]);
  });

  it("a missing minute-taker or chair is a visible marker, not an empty name", () => {
    const model = minutes(plan({}));
    expect(text(model.signatureLeft).filter(Boolean)).toEqual(["NGƯỜI GHI BIÊN BẢN", "(chưa ghi người ghi biên bản)"]);
    expect(text(model.signatureRight).filter(Boolean)).toEqual(["CHỦ TRÌ", "(chưa ghi người chủ trì)"]);
    expect(text(model.body)[2]).toBe("Chủ trì: (chưa ghi người chủ trì).");
  });
});
