import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPieces, jsonText } from "./json-text.js";

const jsonBytes = (value: object) => Buffer.concat([...jsonPieces(value)]);

describe("jsonPieces", () => {
  it("is the UTF-8 of jsonText, for any object of JSON values", () => {
    const value = fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.array(fc.string({ unit: "binary" }))));
    fc.assert(
      fc.property(value, (object) => {
        expect(jsonBytes(object).toString("utf8")).toBe(jsonText(object));
      }),
      { numRuns: 300 },
    );
  });

  it("escapes C1 controls and DEL as jsonText does, also across pieces", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: `t${i}`, title: `Nhiệm vụ \u009b2J số ${i}\u007f`, units: ["a", "b"], none: null, gone: undefined }));
    const report = { asOf: "2021-06-01", tasks: rows, units: [], empty: {}, skipped: undefined };
    const bytes = jsonBytes(report);
    expect(bytes.toString("utf8")).toBe(jsonText(report));
    expect(bytes.toString("utf8")).toContain("\\u009b2J");
    expect(jsonBytes({}).toString("utf8")).toBe(jsonText({}));
  });

  it("comes in pieces of about 64 K characters, each whole UTF-8", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: `t${i}`, title: `Thực hiện nhiệm vụ số ${i}` }));
    const pieces = [...jsonPieces({ tasks: rows })];
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.toString("utf8").length).toBeGreaterThanOrEqual(64 * 1024);
      expect(piece.toString("utf8").length).toBeLessThan(128 * 1024);
      // No character cut in two: the piece decodes and encodes back to itself.
      expect(Buffer.from(piece.toString("utf8")).equals(piece)).toBe(true);
    }
  });
});
