import { describe, expect, it } from "vitest";
import { digitsWide, wrappedLines } from "./text-measure.js";

describe("text measured in digits of Times New Roman", () => {
  it.each<[string, number, number]>([
    ["0", 1, 1.1],
    ["2024", 4, 4.3],
  ])("%j is between %d and %d digits wide", (text, low, high) => {
    expect(digitsWide(text)).toBeGreaterThanOrEqual(low);
    expect(digitsWide(text)).toBeLessThanOrEqual(high);
  });

  it("lower case is narrower than digits, capitals wider: a name in capitals needs half as much room again", () => {
    const lower = "ban dân vận tỉnh ủy";
    const upper = lower.toUpperCase();
    expect(digitsWide(lower)).toBeLessThan(lower.length);
    expect(digitsWide(upper)).toBeGreaterThan(upper.length);
    expect(digitsWide(upper) / digitsWide(lower)).toBeGreaterThan(1.4);
  });

  it("bold is wider than regular", () => {
    expect(digitsWide("Thời hạn", true)).toBeGreaterThan(digitsWide("Thời hạn"));
  });

  it("a character outside the table counts as wide as N", () => {
    expect(digitsWide("€")).toBe(digitsWide("N"));
  });
});

describe("wrappedLines: lines a text takes in a column, broken between words", () => {
  const words = (n: number) => Array.from({ length: n }, () => "việc").join(" ");
  it.each<[string, string, number, number]>([
    ["an empty text", "", 10, 1],
    ["a short text", "Văn phòng", 30, 1],
    ["a text as wide as the column", "0000000000", digitsWide("0000000000"), 1],
    ["a line break", "Ban Dân vận\nVăn phòng", 30, 2],
    ["twenty words in a ten-digit column", words(20), 10, 10],
    ["a word wider than the column", "0".repeat(25), 10 * digitsWide("0"), 3],
    ["spaces at the ends and doubled", "  việc  việc  ", 30, 1],
  ])("%s: %j in %d digits → %d line(s)", (_, text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it("never fewer lines in a narrower column", () => {
    const text = "Ban Thường vụ Tỉnh đoàn phối hợp tổ chức ngày hội việc làm cho thanh niên huyện Tân Hòa";
    for (let width = 5; width < 80; width++) expect(wrappedLines(text, width)).toBeGreaterThanOrEqual(wrappedLines(text, width + 1));
  });
});
