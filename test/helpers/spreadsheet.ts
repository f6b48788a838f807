import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { tempDir } from "./cli.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

const xml = (text: string) => new DOMParser().parseFromString(text, "text/xml");
const elements = (node: XmlDocument | Element, ns: string, name: string) => Array.from(node.getElementsByTagNameNS(ns, name));

/** One cell of an XLSX sheet as stored: its type attribute, its raw value, its text, and its number format. */
export interface StoredCell {
  type: string | null;
  raw: string;
  text: string;
  format: string | null;
}

/** An XLSX read from its XML parts, without a spreadsheet program. */
export class XlsxFile {
  readonly parts: Record<string, Uint8Array>;

  constructor(bytes: Uint8Array) {
    this.parts = unzipSync(bytes);
  }

  part(name: string): XmlDocument {
    const data = this.parts[name];
    if (!data) throw new Error(`no part ${name}`);
    return xml(strFromU8(data));
  }

  sheetNames(): string[] {
    return elements(this.part("xl/workbook.xml"), MAIN, "sheet").map((s) => s.getAttribute("name") ?? "");
  }

  /** The worksheet part of the n-th sheet (1-based), as the library names them. */
  sheet(n: number): XmlDocument {
    return this.part(`xl/worksheets/sheet${n}.xml`);
  }

  sharedStrings(): string[] {
    return elements(this.part("xl/sharedStrings.xml"), MAIN, "si").map((si) => si.textContent ?? "");
  }

  /** Every cell of sheet n, by reference (A1, B2, …). */
  cells(n: number): Map<string, StoredCell> {
    const strings = this.sharedStrings();
    const styles = this.part("xl/styles.xml");
    const formats = new Map(elements(styles, MAIN, "numFmt").map((f) => [f.getAttribute("numFmtId"), f.getAttribute("formatCode")]));
    const xfs = elements(elements(styles, MAIN, "cellXfs")[0], MAIN, "xf");
    const out = new Map<string, StoredCell>();
    for (const c of elements(this.sheet(n), MAIN, "c")) {
      const raw = elements(c, MAIN, "v")[0]?.textContent ?? "";
      const type = c.getAttribute("t");
      const numFmtId = xfs[Number(c.getAttribute("s") ?? 0)]?.getAttribute("numFmtId");
      out.set(c.getAttribute("r") ?? "", { type, raw, text: type === "s" ? strings[Number(raw)] : raw, format: numFmtId ? (formats.get(numFmtId) ?? null) : null });
    }
    return out;
  }
}

/** A cell as LibreOffice read it: its value type and value (a date as YYYY-MM-DD, a number, a text). */
export interface CalcCell {
  type: string;
  value: string;
}

export interface CalcSheet {
  name: string;
  rows: (CalcCell | null)[][];
}

/** True when LibreOffice with Calc is installed: soffice on the PATH and Calc's library beside it. */
export function hasCalc(): boolean {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  if (found.status !== 0) return false;
  const program = dirname(realpathSync(found.stdout.trim()));
  return ["libsclo.so", "libsclo.dylib", "sclo.dll"].some((library) => existsSync(join(program, library)));
}

/** Opens a workbook in LibreOffice Calc (headless, a throw-away profile) and reads back every sheet. */
export function readWithCalc(file: string): CalcSheet[] {
  const out = tempDir();
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${out}/profile`, "--convert-to", "fods", "--outdir", out, file], {
    env: { ...process.env, HOME: out },
    stdio: "ignore",
    timeout: 120_000,
  });
  const doc = xml(readFileSync(join(out, basename(file).replace(/\.xlsx$/, ".fods")), "utf8"));
  return elements(doc, TABLE, "table").map((table) => ({
    name: table.getAttributeNS(TABLE, "name") ?? "",
    rows: elements(table, TABLE, "table-row").map(calcRow),
  }));
}

function calcRow(row: Element): (CalcCell | null)[] {
  const cells: (CalcCell | null)[] = [];
  for (const cell of elements(row, TABLE, "table-cell")) {
    const repeated = Number(cell.getAttributeNS(TABLE, "number-columns-repeated") || 1);
    const type = cell.getAttributeNS(OFFICE, "value-type");
    const text = elements(cell, TEXT, "p").map((p) => p.textContent).join("\n");
    const value = type === "date" ? cell.getAttributeNS(OFFICE, "date-value") : type === "float" || type === "percentage" ? cell.getAttributeNS(OFFICE, "value") : text;
    // Empty cells repeated to the end of the sheet are not content.
    for (let i = 0; i < Math.min(repeated, 100); i++) cells.push(type ? { type, value: value ?? "" } : null);
  }
  while (cells.length && cells[cells.length - 1] === null) cells.pop();
  return cells;
}
