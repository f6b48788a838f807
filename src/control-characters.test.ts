import { describe, expect, it } from "vitest";
import { hasControls, showControls } from "./control-characters.js";

describe("showControls", () => {
  it.each([
    ["\u001b]0;pwned\u0007", "\\x1b]0;pwned\\x07"],
    ["\u001b[2J\u001b[31mđỏ", "\\x1b[2J\\x1b[31mđỏ"],
    ["a\rb\u0000c\u007f", "a\\x0db\\x00c\\x7f"],
    ["\u009b31m", "\\x9b31m"],
    ["dòng một\ndòng\thai", "dòng một\ndòng\thai"],
    ["Tỉnh ủy Quảng Ngãi – 30/3/2021", "Tỉnh ủy Quảng Ngãi – 30/3/2021"],
  ])("%j → %j", (text, shown) => {
    expect(showControls(text)).toBe(shown);
    expect(hasControls(text)).toBe(shown !== text);
  });
});
