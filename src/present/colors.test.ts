import { describe, expect, it } from "vitest";
import { colorLevel, styles } from "./colors.js";

describe("colours", () => {
  it.each<[NodeJS.ProcessEnv, boolean, NodeJS.Platform, number]>([
    [{}, false, "linux", 0],
    [{}, true, "linux", 1],
    [{ TERM: "xterm-256color" }, true, "linux", 2],
    [{ COLORTERM: "truecolor" }, true, "linux", 3],
    [{}, true, "win32", 3],
    [{ TERM: "dumb" }, true, "linux", 0],
    [{ NO_COLOR: "" }, true, "linux", 0],
    [{ NO_COLOR: "1", FORCE_COLOR: "1" }, true, "linux", 0],
    [{ FORCE_COLOR: "1" }, false, "linux", 1],
    [{ FORCE_COLOR: "3" }, false, "linux", 3],
    [{ FORCE_COLOR: "0" }, true, "linux", 0],
  ])("%j, a terminal: %s, on %s: level %i", (env, isTTY, platform, level) => {
    expect(colorLevel(env, isTTY, platform)).toBe(level);
  });

  it("wraps text in the codes of each style, chained, and leaves it alone at level 0", () => {
    expect(styles(1).red("x")).toBe("\x1b[31mx\x1b[39m");
    expect(styles(1).red.bold("x")).toBe("\x1b[31m\x1b[1mx\x1b[22m\x1b[39m");
    expect(styles(1).blue.bold("x")).toBe("\x1b[34m\x1b[1mx\x1b[22m\x1b[39m");
    expect(styles(1).gray("x")).toBe("\x1b[90mx\x1b[39m");
    expect(styles(0).red.bold("x")).toBe("x");
    expect(styles(0).hex("#FF8C00")("x")).toBe("x");
    expect(styles(1)("x")).toBe("x");
  });

  it("gives a colour by its hex code as the terminal allows", () => {
    expect(styles(3).hex("#FF8C00")("x")).toBe("\x1b[38;2;255;140;0mx\x1b[39m");
    expect(styles(2).hex("#FF8C00")("x")).toBe("\x1b[38;5;214mx\x1b[39m");
    expect(styles(1).hex("#FF8C00")("x")).toBe("\x1b[93mx\x1b[39m"); // bright yellow: the nearest of the basic ones
  });
});
