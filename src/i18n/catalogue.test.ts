import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ISSUE_CODES } from "../findings.js";
import { INTERFACE_KEYS, MESSAGE_KEYS, type MessageKey } from "./keys.js";
import { detectLang } from "./lang.js";
import { LANGUAGES } from "./languages.js";

const SAMPLE = { file: "a.yaml", id: "x", value: "v", limit: 2, property: "p", year: 2021, month: 2, days: 28 };

describe("the catalogues", () => {
  it.each(Object.entries(LANGUAGES))("%s words exactly the core's issue codes and the interface's keys", (_, catalogue) => {
    expect(Object.keys(catalogue.messages).sort()).toEqual([...MESSAGE_KEYS].sort());
  });

  it("declares each key once, and no issue code as an interface key", () => {
    expect(new Set(MESSAGE_KEYS).size).toBe(MESSAGE_KEYS.length);
    expect(INTERFACE_KEYS.filter((key) => (ISSUE_CODES as readonly string[]).includes(key))).toEqual([]);
  });

  it("gives a non-empty text in every language, different from English's for every key", () => {
    for (const [code, catalogue] of Object.entries(LANGUAGES))
      for (const key of MESSAGE_KEYS) {
        const text = catalogue.messages[key](SAMPLE);
        expect(text, `${code} ${key}`).not.toBe("");
        if (code !== "en" && !key.startsWith("severity")) expect(text, `${code} ${key}`).not.toBe(LANGUAGES.en.messages[key](SAMPLE));
      }
  });

  it("has no key that nothing in the tool uses (a key is used when src/ names it, or a template literal builds it)", () => {
    const sources = codeFiles("src").map((file) => readFileSync(file, "utf8")).join("\n");
    const built = [...sources.matchAll(/[`"]([a-z][a-z_-]*-)\$\{/g)].map((m) => m[1]);
    const used = (key: MessageKey) => sources.includes(`"${key}"`) || built.some((prefix) => key.startsWith(prefix));
    expect(MESSAGE_KEYS.filter((key) => !used(key))).toEqual([]);
  });
});

/** The tool's own code: not the catalogues (which word every key) nor the list of issue codes, not the tests. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join("src", "i18n") || path === join("src", "generated") ? [] : codeFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && path !== join("src", "findings.ts") ? [path] : [];
  });
}

describe("detectLang", () => {
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
