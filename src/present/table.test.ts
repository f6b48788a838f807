import { createRequire } from "node:module";
import Table from "cli-table3";
import fastStringWidth from "fast-string-width";
import { describe, expect, it } from "vitest";
import { columnWidth, drawTable } from "./table.js";

const head = ["Tình trạng", "Nhiệm vụ", "Nội dung"];
const row = (i: number) => ["quá hạn", `nhiem-vu-${i}\ndòng ${i * 7}`, `Báo cáo kết quả thực hiện nhiệm vụ số ${i} về Ban Dân vận Tỉnh ủy.`];
const widths = [12, 16, 24];

describe("drawTable", () => {
  it.each([0, 1, 99, 100, 101, 250])("draws %i rows exactly as one cli-table3 table would", (count) => {
    const rows = Array.from({ length: count }, (_, i) => row(i));
    const whole = new Table({ head, style: { head: [], border: [] }, colWidths: widths, wordWrap: true });
    for (const r of rows) whole.push(r);
    expect(drawTable(head, rows, widths, true)).toBe(whole.toString());
  });

  it("joins the parts of a long table into one: a line between every two rows, one top and one bottom border", () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => row(i));
    const text = drawTable(head, rows, widths, true);
    const lines = text.split("\n");
    expect(lines.filter((l) => l.startsWith("├"))).toHaveLength(3_000);
    expect(lines.filter((l) => l.startsWith("┌") || l.startsWith("└"))).toEqual([lines[0], lines.at(-1)]);
  });
});

describe("columnWidth", () => {
  it("is the widest line of any cell plus the padding, for any number of cells", () => {
    expect(columnWidth(["Tình trạng", "quá hạn\nquá 12 ngày", 2021])).toBe("quá 12 ngày".length + 2);
    expect(columnWidth(Array.from({ length: 300_000 }, (_, i) => `dòng ${i}`))).toBe("dòng 299999".length + 2);
  });
});

describe("the width cli-table3 measures with in the built tool (scripts/build.mjs, fast-tables)", () => {
  // The string-width cli-table3 itself requires, as it finds it.
  const stringWidth = createRequire(createRequire(import.meta.url).resolve("cli-table3"))("string-width") as (text: string) => number;
  const inTheTool = (text: string) => fastStringWidth(text, { tabWidth: 0 });

  it("is string-width's for everything the tables hold: Vietnamese, borders, colours, marks, controls, tabs", () => {
    const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
    const samples = [
      "Tình trạng", "quá hạn 12 ngày", "Thực hiện nhiệm vụ số 50, báo cáo kết quả về Ban Dân vận (bằng văn bản).", "ĐẢNG ỦY XÃ PHƯỚC AN",
      "Ổ Ự Ỹ Ỷ ẫ ặ ữ đ Đ", "e\u0301", "┌──┬──┐", "│ ├ ┼ ┤ └ ┘", "…", "–", "·", "(1) Hoàn thành đúng hạn · (2)", "20/10/2025", "\u001b[31m\u001b[1mquá hạn\u001b[22m\u001b[39m",
      dim("Tổng hợp đơn, thư, phản ánh…"), "a\tb", "\t", "a\u0000b", "\u007f", "\u009b", "",
    ];
    for (const text of samples) expect(inTheTool(text), JSON.stringify(text)).toBe(stringWidth(text));
  });
});

