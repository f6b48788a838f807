import { describe, expect, it } from "vitest";
import { zipTime } from "./docx-package.js";

describe("the zip entries' time", () => {
  it.each([
    ["2021-03-15", [2021, 2, 15, 12]],
    ["2024-02-29", [2024, 1, 29, 12]],
    ["1975-04-30", [1980, 3, 30, 12]],
    ["2150-01-01", [2099, 0, 1, 12]],
  ])("%s is written as the local fields %j (DOS times have no zone, and cover 1980–2099)", (date, [y, m, d, h]) => {
    const t = zipTime(date);
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes()]).toEqual([y, m, d, h, 0]);
  });
});

describe("docx's part compiler, used without its typings", () => {
  it("is still there and gives exactly the parts docx itself zips (fails when a docx release changes it)", async () => {
    const { Document, Packer, Paragraph } = await import("docx");
    const { unzipSync, strToU8 } = await import("fflate");
    const doc = new Document({ sections: [{ children: [new Paragraph("Kế hoạch")] }] });
    const overrides = [{ path: "docProps/core.xml", data: "<core/>" }];
    const compiler = (Packer as unknown as { compiler?: { compile: (...args: unknown[]) => Map<string, string | Uint8Array> } }).compiler;
    expect(typeof compiler?.compile).toBe("function");
    const parts = [...compiler!.compile(doc, undefined, overrides)].map(([path, data]) => [path, typeof data === "string" ? strToU8(data) : data] as const);
    const zipped = unzipSync(new Uint8Array(await Packer.toBuffer(doc, false, overrides)));
    expect(Object.fromEntries(parts)).toEqual(zipped);
  });
});
