import { describe, expect, it } from "vitest";
import { schemaLine, schemaTarget } from "./schema-line.js";

describe("the editor's schema line, read as the YAML language server reads it", () => {
  it.each([
    ["# yaml-language-server: $schema=plan.schema.json\nyear: 2026\n", { target: "plan.schema.json", line: 1, column: 33 }],
    ["\uFEFF#    yaml-language-server   :   $schema=../schemas/plan.schema.json", { target: "../schemas/plan.schema.json", line: 1, column: 41 }],
    ["year: 2026\r\n# note\r\n  #yaml-language-server: $schema:x.json other\r\n", { target: "x.json", line: 3, column: 34 }],
    ["# yaml-language-server: nothing here\n", undefined],
    ["year: 2026\n", undefined],
  ])("%j", (text, expected) => {
    expect(schemaLine(text)).toEqual(expected);
  });

  it("resolves a relative target against the plan's folder; leaves the web to the editor", () => {
    expect(schemaTarget("/srv/ke-hoach/2026/kh.yaml", "plan.schema.json")).toBe("/srv/ke-hoach/2026/plan.schema.json");
    expect(schemaTarget("/srv/ke-hoach/2026/kh.yaml", "../schemas/plan.schema.json")).toBe("/srv/ke-hoach/schemas/plan.schema.json");
    expect(schemaTarget("/srv/kh.yaml", "file:///opt/dialogue/schemas/plan.schema.json")).toBe("/opt/dialogue/schemas/plan.schema.json");
    expect(schemaTarget("/srv/kh.yaml", "/opt/plan.schema.json")).toBe("/opt/plan.schema.json");
    expect(schemaTarget("/srv/kh.yaml", "https://example.org/plan.schema.json")).toBeUndefined();
  });
});
