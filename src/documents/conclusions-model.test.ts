import { describe, expect, it } from "vitest";
import type { Plan } from "../plan/types.gen.js";
import { textOf, type Block } from "./model.js";
import { conclusionsModel } from "./conclusions-model.js";
import { loadTemplates } from "../load/templates.js";

const templates = loadTemplates("hd36");
const KHAI = { name: "Nguyễn Văn Khải", title: "Bí thư Tỉnh ủy" };
const plan = (record: Record<string, unknown>, session: Record<string, unknown> = {}) =>
  ({
    year: 2026,
    issuer: { name: "TỈNH ỦY THỬ", code: "TU" },
    place: "Thử",
    summary: "s",
    units: [
      { id: "ubnd", name: "Ban cán sự đảng UBND tỉnh" },
      { id: "bdv", name: "Ban Dân vận Tỉnh ủy" },
    ],
    sessions: [{ id: "s", theme: "Đất đai", status: "held", heldOn: "2026-04-20", venue: "Hội trường A", chairs: [KHAI], record, ...session }],
    signature: { position: "BÍ THƯ", name: "A" },
  }) as unknown as Plan;
const text = (blocks: Block[]) => blocks.map(textOf);
const notice = (p: Plan) => conclusionsModel(p, p.sessions![0], templates);
const body = (p: Plan) => text(notice(p).body);
const opinion = (number: number, extra: Record<string, unknown> = {}) => ({ number, content: "Nội dung.", ...extra });

describe("the notice's opening and attendance say only what the record holds", () => {
  it("one chair: 'đồng chí …, … chủ trì'", () => {
    expect(body(plan({}))[0]).toBe("Ngày 20/4/2026, tại Hội trường A, đồng chí Nguyễn Văn Khải, Bí thư Tỉnh ủy chủ trì buổi đối thoại trực tiếp với Nhân dân về chủ đề: Đất đai.");
  });

  it("three co-chairs: 'các đồng chí: A, B và C đồng chủ trì', never 'A và B và C'", () => {
    const chairs = [KHAI, { name: "Trần Thị Mai Lan", title: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" }, { name: "Lê Văn Hùng" }];
    expect(body(plan({ chairs }))[0]).toContain(
      ", các đồng chí: Nguyễn Văn Khải, Bí thư Tỉnh ủy; Trần Thị Mai Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và Lê Văn Hùng đồng chủ trì buổi đối thoại",
    );
  });

  it("a venue typed with a final full stop does not end the sentence early", () => {
    expect(body(plan({ venue: "Hội trường Tỉnh ủy (thành phố Quảng Ngãi)." }))[0]).toContain("tại Hội trường Tỉnh ủy (thành phố Quảng Ngãi), đồng chí Nguyễn Văn Khải");
  });

  it.each<[string, Record<string, unknown>, string | undefined]>([
    [
      "everything",
      { leaders: ["Lê Quang Vinh, Phó Chủ tịch UBND tỉnh", "Phạm Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy"], agencies: ["ubnd", "bdv"], citizens: 176 },
      "Tham dự buổi đối thoại có các đồng chí: Lê Quang Vinh, Phó Chủ tịch UBND tỉnh và Phạm Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy; đại diện lãnh đạo Ban cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy; cùng 176 người dân.",
    ],
    ["one leader", { leaders: ["Lê Quang Vinh, Phó Chủ tịch UBND tỉnh"] }, "Tham dự buổi đối thoại có đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh."],
    ["no leaders", { agencies: ["bdv"], citizens: 90 }, "Tham dự buổi đối thoại có đại diện lãnh đạo Ban Dân vận Tỉnh ủy; cùng 90 người dân."],
    ["no citizen count", { leaders: ["Lê Quang Vinh"], agencies: ["bdv"] }, "Tham dự buổi đối thoại có đồng chí Lê Quang Vinh; đại diện lãnh đạo Ban Dân vận Tỉnh ủy."],
    ["only citizens", { citizens: 40 }, "Tham dự buổi đối thoại có 40 người dân."],
    ["nothing", {}, undefined],
  ])("attendance with %s", (_, record, expected) => {
    const attendance = body(plan(record)).find((t) => t.startsWith("Tham dự"));
    expect(attendance).toBe(expected);
    expect(attendance ?? "").not.toMatch(/có ;|; ;|và 0 người| người dân;/);
  });
});

describe("the opinions' summary and the transition follow the record", () => {
  const answer = { answers: [{ by: "ubnd", summary: "Trả lời." }] };
  it.each<[string, unknown[], string[]]>([
    [
      "all answered, fields lower case and joined with '; ' when one holds a comma",
      [opinion(1, { field: "Bồi thường, tái định cư", ...answer }), opinion(2, { field: "Bồi thường, tái định cư", ...answer }), opinion(3, { field: "Việc làm", ...answer })],
      [
        "Tại buổi đối thoại, có 3 ý kiến phát biểu, tập trung vào các lĩnh vực: bồi thường, tái định cư; việc làm. Đại diện lãnh đạo các cơ quan, đơn vị đã trả lời trực tiếp các ý kiến tại buổi đối thoại.",
        "Sau khi nghe ý kiến của Nhân dân và ý kiến trả lời của đại diện lãnh đạo các cơ quan, đơn vị, đồng chí Bí thư Tỉnh ủy kết luận như sau:",
      ],
    ],
    [
      "some answered",
      [opinion(1, { field: "Đất đai", ...answer }), opinion(2, { field: "Y tế" })],
      [
        "Tại buổi đối thoại, có 2 ý kiến phát biểu, tập trung vào các lĩnh vực: đất đai, y tế. Đại diện lãnh đạo các cơ quan, đơn vị đã trả lời trực tiếp 1 ý kiến tại buổi đối thoại.",
        "Sau khi nghe ý kiến của Nhân dân và ý kiến trả lời của đại diện lãnh đạo các cơ quan, đơn vị, đồng chí Bí thư Tỉnh ủy kết luận như sau:",
      ],
    ],
    [
      "no answer recorded: nobody 'đã trả lời trực tiếp'",
      [opinion(1), opinion(2)],
      ["Tại buổi đối thoại, có 2 ý kiến phát biểu.", "Sau khi nghe ý kiến của Nhân dân, đồng chí Bí thư Tỉnh ủy kết luận như sau:"],
    ],
    ["no opinion recorded: no 'Sau khi nghe ý kiến'", [], ["Đồng chí Bí thư Tỉnh ủy kết luận như sau:"]],
  ])("%s", (_, opinions, expected) => {
    const texts = body(plan({ opinions, assessment: ["Đánh giá."] }));
    expect(texts.slice(1, -2)).toEqual(expected);
  });
});

describe("the conclusions and the signature", () => {
  it("each assignment names its lead, coordinating units and deadline; the closing is an office's", () => {
    const texts = body(
      plan({
        assessment: ["Ghi nhận."],
        assignments: [{ id: "a", lead: "ubnd", coordinating: ["bdv"], text: "Rà soát giá đất vườn.", deadline: { before: "2026-06-30" } }],
        followUp: "Giao Ban Dân vận Tỉnh ủy theo dõi.",
      }),
    );
    expect(texts.slice(-4)).toEqual([
      "1. Ghi nhận.",
      "2. Giao Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với Ban Dân vận Tỉnh ủy: Rà soát giá đất vườn; hoàn thành trước ngày 30/6/2026.",
      "3. Giao Ban Dân vận Tỉnh ủy theo dõi.",
      "Văn phòng Tỉnh ủy thông báo kết luận của đồng chí Bí thư Tỉnh ủy để các cơ quan, đơn vị, địa phương liên quan biết, thực hiện./.",
    ]);
  });

  it("a missing signature and a missing recipients list are visible markers, not empty blocks", () => {
    const model = notice(plan({ assessment: ["Ghi nhận."] }));
    expect(text(model.signatureRight)).toEqual(["(chưa ghi người ký)"]);
    expect(text(model.signatureLeft)).toEqual(["Nơi nhận:", "- (chưa ghi nơi nhận)."]);
  });

  it("a recorded signature is laid out as usual", () => {
    const signature = { authority: { mode: "T/L", body: "BAN THƯỜNG VỤ" }, position: "CHÁNH VĂN PHÒNG", name: "Trương Công Bình" };
    const right = text(notice(plan({ notice: { signature } })).signatureRight);
    expect([right[0], right[1], right.at(-1)]).toEqual(["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Trương Công Bình"]);
  });
});
