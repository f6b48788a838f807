import stringWidth from "fast-string-width";
import { describe, expect, it } from "vitest";
import { shown, wrap } from "./status-text.js";

describe("wrap: lines of a column, broken between words", () => {
  it.each<[string, number, string[]]>([
    ["Ban Thường vụ Tỉnh đoàn", 17, ["Ban Thường vụ", "Tỉnh đoàn"]],
    ["không sớm hơn 10/10/2024", 13, ["không sớm hơn", "10/10/2024"]],
    ["ke-hoach-doi-thoai-2024-son-nguyen.yaml:159", 23, ["ke-hoach-doi-thoai-2024", "-son-nguyen.yaml:159"]],
    ["a\nb c", 3, ["a", "b c"]],
    ["", 5, [""]],
    // A CJK letter or an emoji shows two columns wide: nothing is cut off, every line fits.
    ["Công an tỉnh 公安厅 🚓 ｆｕｌｌ", 16, ["Công an tỉnh", "公安厅 🚓", "ｆｕｌｌ"]],
    ["公安厅公安厅公安厅 xyz", 8, ["公安厅公", "安厅公安", "厅 xyz"]],
  ])("%j in %i columns", (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
    for (const line of wrap(text, width)) expect(stringWidth(line)).toBeLessThanOrEqual(width);
  });
});

describe("shown: how wide a text shows", () => {
  it("counts each Latin letter, Vietnamese included, as one column, as the tables' measure does", () => {
    const letters = [[0x20, 0x7e], [0xa0, 0x2ff], [0x1e00, 0x1eff]].flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)));
    for (const letter of letters) expect(shown(letter), letter.codePointAt(0)!.toString(16)).toBe(stringWidth(letter, { tabWidth: 0 }));
    expect(shown("Đảng ủy xã Phước An")).toBe(19);
    expect(shown("公安厅 🚓")).toBe(9);
    expect(shown("e\u0301…")).toBe(2);
  });
});

