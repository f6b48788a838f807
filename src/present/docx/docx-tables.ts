import { BorderStyle, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from "docx";
import { CELL_PADDING_TWIPS, rule, shownText, styleOf, toParagraph } from "./docx-paragraph.js";
import { issuerLines } from "./issuer-lines.js";
import { summaryLines } from "./summary-lines.js";
import type { FormalHeader, Para, TableBlock } from "../../documents/model.js";
import type { Templates } from "../../documents/templates.js";
import { textWidthTwips } from "./text-width.js";

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;

interface Cell {
  paragraphs: Paragraph[];
  /** Left cell margin in twips, when not Word's default. */
  marginLeft?: number;
}

/**
 * HD36 / ND30 header: issuer lines and the heading with its rule in the first row; the number
 * (and a letter's "V/v …") and the date in the second, so that they share a baseline whatever the
 * first row holds. The issuer's column widens (up to the profile's maximum) for a name that fits
 * on one line, else the name breaks. ND30 draws a short rule under the issuer's name.
 */
export function headerTable(header: FormalHeader, totalTwips: number, templates: Templates): Table {
  const { profile } = templates;
  const { leftColumnPercent, leftColumnMaxPercent, issuerBreaks } = profile.headerTable;
  const widthOf = (p: Para) => (text: string) => textWidth(templates, p, text);
  const room = Math.round((totalTwips * leftColumnMaxPercent) / 100) - 2 * CELL_PADDING_TWIPS;
  const issuer = header.issuer.flatMap((p) => {
    if (p.style === "star") return [p];
    const lines = issuerLines(shownText(p, profile), (line) => widthOf(p)(line) <= room, widthOf(p), issuerBreaks);
    return lines.map((line, i): Para => ({ style: p.style, spans: [{ text: line }], ...(p.ruleBelow && i === lines.length - 1 && { ruleBelow: p.ruleBelow, ruleAcross: lines }) }));
  });
  const widest = Math.max(...[...issuer, ...header.number].map((p) => widthOf(p)(shownText(p, profile))));
  const needed = Math.ceil(((widest + 2 * CELL_PADDING_TWIPS) / totalTwips) * 100);
  const widths = columnWidths(totalTwips, Math.min(leftColumnMaxPercent, Math.max(leftColumnPercent, needed)));
  const withRules = (ps: Para[], cellTwips: number) => ps.flatMap((p) => withRule(p, cellTwips - 2 * CELL_PADDING_TWIPS, templates));
  return table(widths, [
    [{ paragraphs: withRules(issuer, widths[0]) }, { paragraphs: withRules(header.heading, widths[1]) }],
    [{ paragraphs: withRules(header.number, widths[0]) }, { paragraphs: withRules([header.date], widths[1]) }],
  ]);
}

/**
 * Recipients (or the minute-taker) left, signature right, in one row that never splits across
 * pages. `Nơi nhận` starts at the body's margin: the left cell has no left padding.
 */
export function signatureTable(left: Para[], right: Para[], totalTwips: number, templates: Templates): Table {
  const widths = columnWidths(totalTwips, templates.profile.signatureTable.leftColumnPercent);
  const cell = (ps: Para[]) => ps.map((p) => toParagraph(p, templates.profile));
  return table(widths, [[{ paragraphs: cell(left), marginLeft: 0 }, { paragraphs: cell(right) }]], { cantSplit: true });
}

/**
 * A paragraph and the rule it draws under itself, centred in `roomTwips`: its share of the text's
 * length, or of the longest of the lines it closes (a name or a summary over several lines).
 */
export function withRule(p: Para, roomTwips: number, templates: Templates): Paragraph[] {
  const paragraph = toParagraph(p, templates.profile);
  if (!p.ruleBelow) return [paragraph];
  const measured = Math.max(...(p.ruleAcross ?? [shownText(p, templates.profile)]).map((line) => textWidth(templates, p, line)));
  return [paragraph, rule(roomTwips, Math.round((measured * p.ruleBelow) / 100), templates.profile.headerTable.ruleWeightEighthsPt)];
}

/**
 * The title block with its summary in lines that fit the text width (see summary-lines.ts); the
 * rule under a state summary is measured on the new lines.
 */
export function fittedTitle(titleBlock: readonly Para[], roomTwips: number, templates: Templates): Para[] {
  const summary = titleBlock.filter((p) => p.style === "summary");
  if (!summary.length) return [...titleBlock];
  const { profile } = templates;
  const last = summary[summary.length - 1];
  const measure = (line: string) => textWidth(templates, last, line);
  const lines = summaryLines(summary.map((p) => shownText(p, profile)), (line) => measure(line) <= roomTwips, measure, profile.title.breakBefore ?? []);
  if (lines.length === summary.length) return [...titleBlock];
  const fitted = lines.map((line, i): Para => ({ style: "summary", spans: [{ text: line }], ...(i === lines.length - 1 && last.ruleBelow && { ruleBelow: last.ruleBelow, ruleAcross: lines }) }));
  const at = titleBlock.indexOf(summary[0]);
  return [...titleBlock.slice(0, at), ...fitted, ...titleBlock.slice(at + summary.length)];
}

const textWidth = ({ metrics, profile }: Templates, p: Para, text: string) => {
  const style = styleOf(profile, p.style);
  return textWidthTwips(metrics, text, style.sizePt, style.bold === true);
};

/**
 * A real table in the body (the report's figures): a header row repeated on every page, bordered
 * cells, each column its share of the text width; a row never splits across pages.
 */
export function bodyTable({ table: t }: TableBlock, totalTwips: number, templates: Templates): Table {
  const widths = t.columns.map((c) => Math.round((totalTwips * c.widthPercent) / 100));
  widths[widths.length - 1] = totalTwips - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, style: "tableHeader" | "tableCell", bold: boolean, keepNext: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [toParagraph({ style, spans: [{ text, ...(bold && { bold }) }] }, templates.profile, { align: style === "tableCell" ? t.columns[i].align : undefined, keepNext })],
    });
  // The header row keeps with the first row, and the last row (a total) never stands alone under the
  // header repeated on a new page: the row before it keeps with it.
  const keptWithNext = (r: number) => t.rows.length > 1 && r === t.rows.length - 2;
  return new Table({
    width: { size: totalTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.header, i, "tableHeader", false, true)) }),
      ...t.rows.map((row, r) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, "tableCell", t.boldRows?.includes(r) === true, keptWithNext(r))) })),
    ],
  });
}

/** The last column takes the rest, so that the columns add up to the text width exactly. */
function columnWidths(totalTwips: number, leftPercent: number): [number, number] {
  const left = Math.round((totalTwips * leftPercent) / 100);
  return [left, totalTwips - left];
}

/** A borderless table with explicit widths (LibreOffice ignores automatic ones); HD36: cells top-aligned. */
function table(widths: [number, number], rows: Cell[][], options: { cantSplit?: boolean } = {}): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: options.cantSplit,
          children: row.map(
            (cell, i) =>
              new TableCell({
                width: { size: widths[i], type: WidthType.DXA },
                borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
                verticalAlign: VerticalAlign.TOP,
                ...(cell.marginLeft !== undefined && { margins: { left: cell.marginLeft, right: CELL_PADDING_TWIPS } }),
                children: cell.paragraphs.length ? cell.paragraphs : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}
