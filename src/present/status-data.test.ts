import { describe, expect, it } from "vitest";
import { csvCell } from "./status-data.js";

describe("csvCell: what a spreadsheet would run is made text, everything else is left as it is", () => {
  it.each([
    ['=HYPERLINK("http://x";"Bấm vào đây")', `'=HYPERLINK("http://x";"Bấm vào đây")`],
    ["+84 905 123 456", "'+84 905 123 456"],
    ["- rà soát, báo cáo", "'- rà soát, báo cáo"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\\x0d=1+1"],
    ["Xây dựng Báo cáo tình hình tư tưởng", "Xây dựng Báo cáo tình hình tư tưởng"],
    ["Báo cáo số 12-BC/TĐ", "Báo cáo số 12-BC/TĐ"],
    ["a = b + c", "a = b + c"],
    ["'=1+1", "'=1+1"],
    ["", ""],
    ["chữ \u001b]0;x\u0007 lạ", "chữ \\x1b]0;x\\x07 lạ"],
  ])("%j → %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
