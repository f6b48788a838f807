import { describe, expect, it } from "vitest";
import { issuerLines, wordGroups } from "./issuer-lines.js";
import { loadTemplates } from "../../load/templates.js";
import { textWidthTwips } from "./text-width.js";

const { profile, metrics } = loadTemplates("hd36");
const breaks = profile.headerTable.issuerBreaks;
const width = (line: string) => textWidthTwips(metrics, line, 14, true);
/** The issuer column at the profile's widest (45 % of 165 mm, less the cell margins). */
const room = Math.round(9355 * 0.45) - 2 * 108;
const lines = (name: string) => issuerLines(name, (l) => width(l) <= room, width, breaks);

describe("issuer names in the header's left column", () => {
  it.each([
    ["TỈNH ỦY QUẢNG NGÃI", ["TỈNH ỦY QUẢNG NGÃI"]],
    ["HUYỆN ỦY TÂN HÒA", ["HUYỆN ỦY TÂN HÒA"]],
    ["ĐẢNG BỘ TỈNH SƠN NGUYÊN", ["ĐẢNG BỘ", "TỈNH SƠN NGUYÊN"]], // 4014 twips in bold: 20 over
    ["ỦY BAN NHÂN DÂN XÃ CHÍ MINH", ["ỦY BAN NHÂN DÂN", "XÃ CHÍ MINH"]],
    ["UBND THÀNH PHỐ HẢI PHÒNG", ["UBND", "THÀNH PHỐ HẢI PHÒNG"]],
    ["ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", ["ĐẢNG ỦY CÁC CƠ QUAN", "ĐẢNG TỈNH"]],
    ["BAN THƯỜNG VỤ TỈNH ĐOÀN QUẢNG NGÃI", ["BAN THƯỜNG VỤ", "TỈNH ĐOÀN QUẢNG NGÃI"]],
    ["ĐẢNG ỦY\nCÁC CƠ QUAN ĐẢNG TỈNH", ["ĐẢNG ỦY", "CÁC CƠ QUAN ĐẢNG TỈNH"]],
  ])("%s → %j", (name, expected) => {
    expect(lines(name)).toEqual(expected);
    for (const line of lines(name)) expect(width(line)).toBeLessThanOrEqual(room);
  });

  it.each([
    ["ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ", ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"]],
    ["TỈNH ỦY QUẢNG NGÃI", ["TỈNH ỦY QUẢNG NGÃI"]],
    ["ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", ["ĐẢNG ỦY", "CÁC CƠ QUAN", "ĐẢNG", "TỈNH"]],
  ])("groups %s as %j (a level word keeps its place name; no break inside THỊ XÃ)", (name, groups) => {
    expect(wordGroups(name, breaks)).toEqual(groups);
  });
});
