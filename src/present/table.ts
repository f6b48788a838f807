import Table from "cli-table3";

/**
 * cli-table3 places each cell by checking every row above it (8,000 tasks took 17 s, 60,000 did
 * not finish): a table is drawn this many rows at a time, with the same widths, and joined.
 */
const ROWS_PER_DRAW = 100;

export type Cell = string | number;

/** One bordered table, as cli-table3 draws it; `widths` include the cell's padding (1 + 1). */
export function drawTable(head: string[], rows: readonly Cell[][], widths: number[], wordWrap = false): string {
  const parts: string[][] = [];
  for (let start = 0; start === 0 || start < rows.length; start += ROWS_PER_DRAW) {
    const table = new Table({ head: start === 0 ? head : [], style: { head: [], border: [] }, colWidths: widths, wordWrap });
    for (const row of rows.slice(start, start + ROWS_PER_DRAW)) table.push(row);
    parts.push(table.toString().split("\n"));
  }
  // Each part but the last loses its bottom border; each but the first turns its top border into
  // the line between two rows.
  return parts
    .flatMap((lines, i) => [i === 0 ? lines[0] : betweenRows(lines[0]), ...lines.slice(1, i === parts.length - 1 ? undefined : -1)])
    .join("\n");
}

const betweenRows = (top: string) => top.replace("┌", "├").replace(/┬/g, "┼").replace("┐", "┤");

/** The widest line of any cell (or heading) of a column, plus the padding either side. */
export const columnWidth = (cells: readonly Cell[]) => cells.reduce<number>((most, cell) => String(cell).split("\n").reduce((m, line) => Math.max(m, line.length), most), 0) + 2;
