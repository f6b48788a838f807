import { BorderStyle, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from "docx";
import { CELL_PADDING_TWIPS, rule, shownText, toParagraph } from "./docx-paragraph.js";
import { issuerLines } from "./issuer-lines.js";
import type { FormalHeader, Para } from "../../documents/model.js";
import type { Templates } from "../../documents/templates.js";
import { textWidthTwips } from "./text-width.js";

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;

interface Cell {
  paragraphs: Paragraph[];
  /** Left cell margin in twips, when not Word's default. */
  marginLeft?: number;
}

/**
 * HD36 header: issuer lines and the Party heading with its rule in the first row; the number and
 * the date in the second, so that they share a baseline whatever the first row holds. The issuer's
 * column widens (up to the profile's maximum) for a name that fits on one line, else the name breaks.
 */
export function headerTable(header: FormalHeader, totalTwips: number, templates: Templates): Table {
  const { profile } = templates;
  const { leftColumnPercent, leftColumnMaxPercent, issuerBreaks, ruleWeightEighthsPt } = profile.headerTable;
  const widthOf = (p: Para) => (text: string) => textWidth(templates, p, text);
  const room = Math.round((totalTwips * leftColumnMaxPercent) / 100) - 2 * CELL_PADDING_TWIPS;
  const issuer = header.issuer.flatMap((p) =>
    p.style === "star" ? [p] : issuerLines(shownText(p, profile), (line) => widthOf(p)(line) <= room, widthOf(p), issuerBreaks).map((line) => ({ ...p, spans: [{ text: line }] })),
  );
  const widest = Math.max(...[...issuer, header.number].map((p) => widthOf(p)(shownText(p, profile))));
  const needed = Math.ceil(((widest + 2 * CELL_PADDING_TWIPS) / totalTwips) * 100);
  const widths = columnWidths(totalTwips, Math.min(leftColumnMaxPercent, Math.max(leftColumnPercent, needed)));
  const headingCell = header.heading.flatMap((p) => {
    const paragraph = toParagraph(p, profile);
    if (!p.ruleBelow) return [paragraph];
    const length = textWidth(templates, p, shownText(p, profile));
    return [paragraph, rule(widths[1] - 2 * CELL_PADDING_TWIPS, length, ruleWeightEighthsPt)];
  });
  const cells = (ps: Para[]) => ps.map((p) => toParagraph(p, profile));
  return table(widths, [
    [{ paragraphs: cells(issuer) }, { paragraphs: headingCell }],
    [{ paragraphs: cells([header.number]) }, { paragraphs: cells([header.date]) }],
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

const textWidth = ({ metrics, profile }: Templates, p: Para, text: string) => textWidthTwips(metrics, text, profile.styles[p.style].sizePt, profile.styles[p.style].bold === true);

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
