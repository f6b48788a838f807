import { unzipSync, zipSync, type Zippable } from "fflate";
import writeExcelFile, { type CellObject, type Row } from "write-excel-file/node";
import type { Lang } from "../i18n/lang.js";
import type { Translate } from "../i18n/translate.js";
import type { Day } from "../tracking/day.js";
import type { StatusReport } from "../tracking/report.js";
import type { PlanNames } from "./plan-names.js";
import { statusSheets, type Cell, type Column, type Sheet } from "./status-sheets.js";

// Loaded only for `status --format xlsx` (its own bundle, dist/status-xlsx.cjs): the other formats
// never load the spreadsheet library.

/** Times New Roman, the font of the Party's documents (HD36), so that a printed report matches them. */
const FONT = { fontFamily: "Times New Roman", fontSize: 12 };
const TITLE_SIZE = 14;
/** Row heights in points for one line at 12 pt and 14 pt, as Excel sets them for these sizes. */
const LINE_HEIGHT = 15.75;
const TITLE_HEIGHT = 18.75;
/** The title line and the header row stay in view while scrolling (frozen). */
const FROZEN_ROWS = 2;
/** Day first, no leading zeros: 10/9/2024, as dates are written in Việt Nam. */
const DATE_FORMAT = "d/m/yyyy";
const PERCENT_FORMAT = "0%";
/** "@" is the Text format: an id typed over in Excel stays text (`0930` keeps its zero). */
const TEXT_FORMAT = "@";
const HEADER_FILL = "#D9D9D9";
const BORDER = { borderStyle: "thin", borderColor: "#000000" } as const;

/** `dialogue status --format xlsx`: the workbook's bytes, the same for the same report. */
export async function statusWorkbook(report: StatusReport, names: PlanNames, t: Translate, lang: Lang): Promise<Uint8Array> {
  return workbookBytes(statusSheets(report, names, t, lang), report.asOf);
}

export async function workbookBytes(sheets: readonly Sheet[], asOf: Day): Promise<Uint8Array> {
  const book = sheets.map((sheet) => ({
    sheet: sheet.name,
    data: rowsOf(sheet),
    columns: sheet.columns.map((column) => ({ width: column.width })),
    stickyRowsCount: FROZEN_ROWS,
    // Wide tables print across an A4 page.
    orientation: "landscape" as const,
  }));
  const bytes = await writeExcelFile(book, FONT).toBuffer();
  return pinnedTimes(new Uint8Array(bytes), asOf);
}

function rowsOf(sheet: Sheet): Row[] {
  const title: Row = [{ value: sheet.title, type: String, fontWeight: "bold", fontSize: TITLE_SIZE, height: TITLE_HEIGHT }];
  const header: Row = sheet.columns.map((column) => ({
    height: heightOf(sheet.headerLines),
    value: column.head,
    type: String,
    fontWeight: "bold",
    backgroundColor: HEADER_FILL,
    align: "center",
    alignVertical: "center",
    wrap: true,
    ...BORDER,
  }));
  const body = sheet.rows.map((row) => row.cells.map((cell, c) => ({ ...cellOf(cell, sheet.columns[c]), height: heightOf(row.lines) })));
  const notes: Row[] = sheet.notes.map((note) => [{ value: note, type: String, fontStyle: "italic" }]);
  return [title, header, ...body, ...(notes.length ? [[], ...notes] : [])];
}

/** One line keeps the program's own height; wrapped rows get theirs, since LibreOffice does not fit them on opening. */
const heightOf = (lines: number) => (lines > 1 ? lines * LINE_HEIGHT : undefined);

function cellOf(cell: Cell, column: Column): CellObject {
  const style = { alignVertical: "top", wrap: column.wrap, ...BORDER } as const;
  if (cell === null) return style;
  if ("text" in cell) return { ...style, value: cell.text, type: String };
  if ("id" in cell) return { ...style, value: cell.id, type: String, format: TEXT_FORMAT };
  if ("number" in cell) return { ...style, value: cell.number, type: Number };
  if ("percent" in cell) return { ...style, value: cell.percent, type: Number, format: PERCENT_FORMAT };
  const [y, m, d] = cell.date.split("-").map(Number);
  return { ...style, value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: DATE_FORMAT };
}

/**
 * The library stamps each zip entry with the clock; written again with the report's day, the same
 * report gives the same bytes. Zip (DOS) times have no zone and fflate writes the local fields of
 * the Date it gets, so the Date is built from local fields, at noon (a daylight-saving change can
 * skip midnight, never noon); DOS times cover 1980–2099 only.
 */
function pinnedTimes(xlsx: Uint8Array, day: Day): Uint8Array {
  const [y, m, d] = day.split("-").map(Number);
  const mtime = new Date(Math.min(2099, Math.max(1980, y)), m - 1, d, 12);
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(xlsx))) entries[name] = [data, { mtime }];
  return zipSync(entries);
}
