import { describe, expect, it } from "vitest";
import { loadColours, painter } from "./colors.js";

describe("colours", () => {
  it("leaves text as it is, however the styles are chained, until chalk is loaded for a coloured run", () => {
    for (const c of [painter(false), painter(true)]) {
      expect(c("việc")).toBe("việc");
      expect(c.red.bold("quá hạn")).toBe("quá hạn");
      expect(c.hex("#FF8C00").bold("chậm")).toBe("chậm");
    }
  });

  it("colours through chalk once loaded, only where the context asks for colour", async () => {
    await loadColours();
    expect(painter(true).red("quá hạn")).toBe("\u001b[31mquá hạn\u001b[39m");
    expect(painter(true).bold.red("x")).toMatch(/^\u001b\[1m\u001b\[31mx/);
    expect(painter(false).red("quá hạn")).toBe("quá hạn");
  });
});
