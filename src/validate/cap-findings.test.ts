import { describe, expect, it } from "vitest";
import type { Finding } from "../findings.js";
import { capPerCode, FINDINGS_PER_CODE, findingWeight } from "./cap-findings.js";

const finding = (code: Finding["code"], line: number, extra: Partial<Finding> = {}): Finding => ({
  file: "p.yaml",
  line,
  column: 3,
  severity: "error",
  code,
  path: ["units", line],
  ...extra,
});

describe("capPerCode", () => {
  it("keeps every finding of a code that stays within the cap", () => {
    const few = Array.from({ length: FINDINGS_PER_CODE }, (_, i) => finding("unknown-unit", i + 1));
    expect(capPerCode(few)).toEqual(few);
  });

  it("keeps the first of a flood in file order and counts the rest in one finding where they start", () => {
    const flood = Array.from({ length: 20_000 }, (_, i) => finding("unknown-unit", i + 1));
    const other = finding("duplicate-id", 60);
    const capped = capPerCode([...flood.slice(0, 60), other, ...flood.slice(60)]);
    expect(capped).toHaveLength(FINDINGS_PER_CODE + 2);
    expect(capped.filter((f) => f.code === "unknown-unit").map((f) => f.line)).toEqual(flood.slice(0, FINDINGS_PER_CODE).map((f) => f.line));
    const rest = capped.find((f) => f.code === "findings-omitted")!;
    expect(rest).toMatchObject({ line: FINDINGS_PER_CODE + 1, severity: "error", params: { count: 20_000 - FINDINGS_PER_CODE, code: "unknown-unit" } });
    expect(capped.reduce((sum, f) => sum + findingWeight(f), 0)).toBe(20_001);
  });

  it("counts errors and warnings of one code apart", () => {
    const mixed = Array.from({ length: 120 }, (_, i) => finding("unknown-unit", i + 1, { severity: i % 2 ? "warning" : "error" }));
    const rests = capPerCode(mixed).filter((f) => f.code === "findings-omitted");
    expect(rests.map((f) => [f.severity, f.params?.count])).toEqual([["error", 10], ["warning", 10]]);
  });

  it("computes the costly details of the shown findings only", () => {
    let computed = 0;
    const details = () => ((computed += 1), { suggestion: "cong-an" });
    const capped = capPerCode(Array.from({ length: 1_000 }, (_, i) => finding("unknown-unit", i + 1, { params: { id: "cong-ann" }, details })));
    expect(computed).toBe(FINDINGS_PER_CODE);
    expect(capped[0].params).toEqual({ id: "cong-ann", suggestion: "cong-an" });
    expect(capped.every((f) => !("details" in f))).toBe(true);
  });
});
