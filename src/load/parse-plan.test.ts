import { describe, expect, it } from "vitest";
import { checkText } from "../pipeline/check.js";
import { parsePlan } from "./parse-plan.js";

const found = (text: string) => parsePlan(text).syntax.map(({ code, line, column, params }) => ({ code, at: `${line}:${column}`, ...params }));

describe("parsePlan: what a plan's YAML may not use", () => {
  it.each<[string, string, object[]]>([
    ["an anchor without an alias, at the &", "year: 2021\nnumber: &a 45\n", [{ code: "yaml-alias", at: "2:9" }]],
    ["an anchor on a block", "issuer: &i\n  name: X\n", [{ code: "yaml-alias", at: "1:9" }]],
    ["an anchor and its alias", "a: &x 1\nb: *x\n", [{ code: "yaml-alias", at: "1:4" }, { code: "yaml-alias", at: "2:4" }]],
    ["an explicit complex key", "? [a, b]\n: 1\n", [{ code: "yaml-complex-key", at: "1:3" }]],
    ["a flow list as a key", "year: 2021\n[a, b]: 1\n", [{ code: "yaml-complex-key", at: "2:1" }]],
    ["a block as a key", "{a: 1}: 2\n", [{ code: "yaml-complex-key", at: "1:1" }]],
    ["a key given twice", "year: 2021\nplace: A\nyear: 2022\n", [{ code: "duplicate-key", at: "3:1", key: "year" }]],
    ["two keys that become the same text", "1: a\n\"1\": b\n", [{ code: "duplicate-key", at: "2:1", key: "1" }]],
    ["a key twice in a flow block", "planned: { month: 2021-04, month: 2021-05 }\n", [{ code: "duplicate-key", at: "1:28", key: "month" }]],
    ["a tag", "year: !!int 2021\n", [{ code: "yaml-unknown-tag", at: "1:13", tag: "tag:yaml.org,2002:int" }]],
    // Blocks and brackets together: under ten blocks (each a map and a pair down), the 13th "[" is the 33rd node.
    ["nesting far deeper than a plan's", `${Array.from({ length: 9 }, (_, i) => `${"  ".repeat(i)}a:`).join("\n")}\n${"  ".repeat(9)}x: ${"[".repeat(25)}${"]".repeat(25)}\n`, [{ code: "yaml-too-deep", at: "10:34" }]],
    // Brackets alone are counted before the parser runs: the 33rd open one, and where the outermost opened.
    ["brackets nested deeper than a plan's", `x: ${"[".repeat(40)}${"]".repeat(40)}\n`, [{ code: "yaml-flow-too-deep", at: "1:36", depth: 33, limit: 32, outermostLine: 1 }]],
  ])("reports %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("refuses nesting deeper than the parser's own stack before the parser runs, not with an English parser message", () => {
    const problems = found(`x: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`);
    expect(problems).toEqual([expect.objectContaining({ code: "yaml-flow-too-deep" })]);
    expect(problems[0]).not.toHaveProperty("detail");
  });

  it("accepts keys that only look alike, and the deepest nesting a plan has", () => {
    expect(found("a: 1\nA: 2\n'a ': 3\n")).toEqual([]);
    const deepest = "implementation:\n  - tasks:\n      - items:\n          - bySession:\n              s1:\n                notes:\n                  - text: x\n";
    expect(found(deepest)).toEqual([]);
  });

  it.each<[string, string, object[]]>([
    ["a tab", "a:\n\tb: 1\n", [{ code: "yaml-tab-indent", at: "2:1" }]],
    ["a tab after spaces", "a:\n  b: 1\n  \tc: 2\n", [{ code: "yaml-tab-indent", at: "3:3" }]],
    ["a colon in a value", "a:\n  theme: Thanh niên: lập nghiệp\n  b: 1\n", [{ code: "yaml-colon-in-value", at: "2:10", quoted: 'theme: "Thanh niên: lập nghiệp"' }]],
    ["a colon in a list item's value", "a:\n  - theme: A: b\n", [{ code: "yaml-colon-in-value", at: "2:12", quoted: '- theme: "A: b"' }]],
    ["a line indented too far", "a:\n  b: 1\n   c: 2\n", [{ code: "yaml-bad-indent", at: "3:4", expected: 2, found: 3 }]],
    ["a merge conflict", "a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> x\n", [{ code: "merge-conflict", at: "2:1", ours: "HEAD", theirs: "x", end: 6 }]],
  ])("finds %s once, at its line", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("mends a mis-indented line of a plan that also uses an alias, which it reports, without resolving the alias", () => {
    // Found by the property test: judging a mended copy resolved the alias and threw.
    const text = "year: 2021\nissuer:\n  name: *-\n  code: TU\nplace: X\n   summary: y\n";
    const codes = checkText("k.yaml", text).findings.map((f) => `${f.code}@${f.line}`);
    expect(codes).toEqual(expect.arrayContaining(["yaml-alias@3", "yaml-bad-indent@6"]));
  });

  it("leaves a colon in a folded text alone", () => {
    expect(found("a: >-\n  Thanh niên: lập nghiệp\nb: 1\n")).toEqual([]);
  });

  it("gives the data only when the YAML has no problem", () => {
    expect(parsePlan("? [a, b]\n: 1\n").data).toBeUndefined();
    expect(parsePlan("a: 1\n").data).toEqual({ a: 1 });
  });
});
