import { describe, expect, it } from "vitest";
import { answeringBody, fieldsText, inSentence, joinList, midSentence, peopleText } from "./record-text.js";
import { loadTemplates } from "../load/templates.js";

const { wording } = loadTemplates("hd36");
const notice = wording.conclusions;

describe("lists inside a sentence", () => {
  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A và B"],
    [["A", "B", "C"], "A, B và C"],
    [["A, t", "B", "C, t"], "A, t; B và C, t"],
  ])("%j → %s", (items, expected) => expect(joinList(items, notice)).toBe(expected));
});

describe("people are always named đồng chí", () => {
  it.each([
    [[{ name: "Nguyễn Văn Khải", title: "Bí thư Tỉnh ủy" }], "đồng chí Nguyễn Văn Khải, Bí thư Tỉnh ủy"],
    [[{ name: "Nguyễn Văn Khải" }], "đồng chí Nguyễn Văn Khải"],
    [["Đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh"], "đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh"],
    [
      [{ name: "A", title: "Bí thư Tỉnh ủy" }, { name: "B", title: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" }, { name: "C", title: "Phó Bí thư Thường trực" }],
      "các đồng chí: A, Bí thư Tỉnh ủy; B, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và C, Phó Bí thư Thường trực",
    ],
    [[{ name: "A" }, { name: "B" }, { name: "C" }], "các đồng chí: A, B và C"],
  ])("%j → %s", (people, expected) => expect(peopleText(people, notice)).toBe(expected));

  it("in the minutes' participant lines, after a label, without a second colon", () => {
    expect(peopleText([{ name: "A" }, { name: "B" }], wording.minutes)).toBe("các đồng chí A và B");
  });
});

describe("field names inside a sentence", () => {
  it.each([
    ["Bồi thường, tái định cư", "bồi thường, tái định cư"],
    ["Y tế", "y tế"],
    ["OCOP và làng nghề", "OCOP và làng nghề"],
    ["đất đai", "đất đai"],
  ])("%s → %s", (field, expected) => expect(midSentence(field)).toBe(expected));

  it.each([
    [["Bồi thường, tái định cư", "Bồi thường, tái định cư", "Việc làm"], "bồi thường, tái định cư; việc làm"],
    [["Đất đai", undefined, "Việc làm", "Y tế"], "đất đai, việc làm, y tế"],
    [["Đất đai.", "Đất đai"], "đất đai"],
    [[undefined], ""],
  ])("%j → %s (each once, no 'và': a list of fields, not of people)", (fields, expected) => expect(fieldsText(fields, notice)).toBe(expected));
});

describe("values placed inside a sentence", () => {
  it.each([
    ["Trung tâm Hội nghị tỉnh.", "Trung tâm Hội nghị tỉnh"],
    ["Hội trường (thành phố Quảng Ngãi). ", "Hội trường (thành phố Quảng Ngãi)"],
    ["Nhà văn hóa xã", "Nhà văn hóa xã"],
  ])("%s → %s", (venue, expected) => expect(inSentence(venue)).toBe(expected));
});

describe("who answers for a unit", () => {
  it.each([
    ["Ban cán sự đảng UBND tỉnh", "UBND tỉnh"],
    ["Ban Cán sự đảng UBND tỉnh", "UBND tỉnh"],
    ["Đảng ủy UBND tỉnh", "UBND tỉnh"],
    ["Đảng đoàn Hội Nông dân tỉnh", "Hội Nông dân tỉnh"],
    ["Ban Thường vụ Tỉnh đoàn", "Tỉnh đoàn"],
    ["Công an tỉnh", "Công an tỉnh"],
    ["Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy"],
  ])("%s → %s", (unit, expected) => expect(answeringBody(unit, wording.leadershipPrefixes)).toBe(expected));
});
