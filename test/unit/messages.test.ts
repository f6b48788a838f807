import { describe, expect, it } from "vitest";
import { detectLang } from "../../src/i18n/lang.js";
import { en, vi } from "../../src/i18n/messages.js";

describe("message catalogue", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it("gives a non-empty, different text in each language for every key", () => {
    const params = { file: "a.yaml", id: "x", value: "v", limit: 2, property: "p", year: 2021, month: 2, days: 28 };
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key](params), key).not.toBe("");
      if (!key.startsWith("severity")) expect(vi[key](params), key).not.toBe(en[key](params));
    }
  });

  it.each([
    [["--lang", "en"], {}, "en"],
    [["--lang=vi"], { LANG: "en_US.UTF-8" }, "vi"],
    [[], { LANG: "en_GB.UTF-8" }, "en"],
    [[], { LANG: "vi_VN.UTF-8" }, "vi"],
    [[], { LC_ALL: "en_US.UTF-8", LANG: "vi_VN.UTF-8" }, "en"],
    [[], {}, "vi"],
  ] as const)("detects the language from %j and %j", (argv, env, expected) => {
    expect(detectLang(argv, env)).toBe(expected);
  });
});
