import Table from "cli-table3";
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
