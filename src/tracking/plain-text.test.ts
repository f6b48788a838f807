import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText } from "./tracked-tasks.js";

describe("plainText", () => {
  it.each([
    ["Báo cáo kết quả (*bằng văn bản*).", "Báo cáo kết quả (bằng văn bản)."],
    ["Rà soát **toàn bộ** hồ sơ", "Rà soát toàn bộ hồ sơ"],
    ["  Hai dòng\\n  thành một\\t", "Hai dòng thành một"],
    ["*  cách *", "cách"],
    ["Giữ nguyên dấu * lẻ", "Giữ nguyên dấu * lẻ"],
    ["Đã là một dòng.", "Đã là một dòng."],
  ])("%j → %j", (text, plain) => {
    expect(plainText(text.replace("\\n", "\n").replace("\\t", "\t"))).toBe(plain);
  });

  it("is one line without emphasis, as the whole text cleaned at once gives, for any text", () => {
    const cleaned = (text: string) => text.replace(/\*{1,2}([^*]+)\*{1,2}/g, "$1").replace(/\s+/g, " ").trim();
    const pieces = fc.constantFrom("*", "**", " ", "  ", "\t", "\n", "\u00a0", "chữ", "a", "(", ".");
    const texts = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(texts, (text) => {
        expect(plainText(text)).toBe(cleaned(text));
      }),
      { numRuns: 2000 },
    );
  });
});
