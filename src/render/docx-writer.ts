import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { DocumentModel, Para } from "./model.js";
import { textWidthTwips, type Align, type Templates } from "./templates.js";

/** Millimetres to twips, rounded (docx's own helper floors: 20 mm would become 1133, not 1134). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** Points to twips (spacing), and to half-points (font sizes). */
const pt = (v: number) => Math.round(v * 20);
const halfPoints = (v: number) => Math.round(v * 2);
/** Default cell margins Word puts left and right of a table cell's text. */
const CELL_PADDING_TWIPS = 108;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
};

/** Lays a document model out as DOCX bytes; the same model always gives the same bytes. */
export async function writeDocx(model: DocumentModel, templates: Templates): Promise<Buffer> {
  const { profile } = templates;
  const page = profile.page;
  const textWidth = mm(page.widthMm) - mm(page.marginLeftMm) - mm(page.marginRightMm);
  const paragraph = (p: Para) => toParagraph(p, templates);
  const header = twoColumns(textWidth, headerLeftPercent(model.headerLeft, textWidth, templates), [model.headerLeft, model.headerRight], templates);
  const signature = twoColumns(textWidth, profile.signatureTable.leftColumnPercent, [model.signatureLeft, model.signatureRight], templates);

  const doc = new Document({
    creator: "dialogue",
    title: model.title,
    styles: {
      default: {
        document: { run: { font: profile.font, size: halfPoints(profile.styles.body.sizePt), language: { value: profile.language } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true, // HD36: no page number on the first page
          page: {
            size: { width: mm(page.widthMm), height: mm(page.heightMm) },
            margin: {
              top: mm(page.marginTopMm),
              bottom: mm(page.marginBottomMm),
              left: mm(page.marginLeftMm),
              right: mm(page.marginRightMm),
              header: mm(page.headerDistanceMm),
              footer: mm(page.footerDistanceMm),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: ALIGN[profile.styles.pageNumber.align],
                children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(profile.styles.pageNumber.sizePt) })],
              }),
            ],
          }),
        },
        children: [header, ...model.titleBlock.map((p) => paragraph(p)), ...model.body.map((p) => paragraph(p)), signature],
      },
    ],
  });
  return deterministic(doc, model);
}

function toParagraph(p: Para, { profile }: Templates): Paragraph {
  const style = profile.styles[p.style];
  const body = profile.body;
  const size = halfPoints(style.sizePt);
  const runs = p.spans.map(
    (s) =>
      new TextRun({
        text: style.upper ? s.text.toLocaleUpperCase("vi") : s.text,
        size,
        bold: style.bold || s.bold || undefined,
        italics: style.italic || s.italic || undefined,
        underline: style.underline ? {} : undefined,
      }),
  );
  const inBody = style.indent === true;
  return new Paragraph({
    alignment: ALIGN[style.align],
    indent: inBody ? { firstLine: mm(body.firstLineIndentMm) } : undefined,
    spacing: inBody
      ? { before: pt(body.spaceBeforePt), after: pt(body.spaceAfterPt), line: pt(body.lineExactPt), lineRule: LineRuleType.EXACT }
      : { before: pt(style.spaceBeforePt ?? 0), after: pt(style.spaceAfterPt ?? 0) },
    keepNext: p.style.startsWith("heading") || undefined,
    children: runs,
  });
}

/** The issuer column's share: the profile's, widened (up to its maximum) so that no issuer line wraps. */
function headerLeftPercent(lines: Para[], totalTwips: number, { profile, metrics }: Templates): number {
  const { leftColumnPercent, leftColumnMaxPercent } = profile.headerTable;
  const widest = Math.max(...lines.map((p) => textWidthTwips(metrics, shownText(p, profile), profile.styles[p.style].sizePt, profile.styles[p.style].bold === true)));
  const needed = Math.ceil(((widest + 2 * CELL_PADDING_TWIPS) / totalTwips) * 100);
  return Math.min(leftColumnMaxPercent, Math.max(leftColumnPercent, needed));
}

const shownText = (p: Para, profile: Templates["profile"]) => {
  const text = p.spans.map((s) => s.text).join("");
  return profile.styles[p.style].upper ? text.toLocaleUpperCase("vi") : text;
};

/** HD36: the short solid line under a heading, as long as the heading: an empty paragraph with a top border, narrowed by indents. */
function rule(columnTwips: number, lineTwips: number, weight: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - 2 * CELL_PADDING_TWIPS - lineTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: pt(3), after: 0, line: pt(3), lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: weight, color: "000000", space: 1 } },
    children: [],
  });
}

/** A borderless two-column table with explicit widths (LibreOffice ignores automatic ones). */
function twoColumns(totalTwips: number, leftPercent: number, columns: Para[][], templates: Templates): Table {
  const left = Math.round((totalTwips * leftPercent) / 100);
  const widths = [left, totalTwips - left];
  return new Table({
    width: { size: totalTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: columns.map(
          (paras, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
              verticalAlign: VerticalAlign.TOP, // HD36: both cells top-aligned
              children: paras.length ? paras.flatMap((p) => withRule(p, widths[i], templates)) : [new Paragraph({})],
            }),
        ),
      }),
    ],
  });
}

function withRule(p: Para, column: number, templates: Templates): Paragraph[] {
  const out = [toParagraph(p, templates)];
  if (!p.ruleBelow) return out;
  const style = templates.profile.styles[p.style];
  const length = textWidthTwips(templates.metrics, shownText(p, templates.profile), style.sizePt, style.bold === true);
  return [...out, rule(column, length, templates.profile.headerTable.ruleWeightEighthsPt)];
}

/** docx's own compiler gives the package's parts before zipping; not in its typings, so checked at run time. */
type PartCompiler = { compile(doc: Document, prettify: undefined, overrides: { path: string; data: string }[]): Map<string, string | Uint8Array> };

/** Pins what docx leaves to the clock: the timestamps in docProps/core.xml and in the zip entries. */
async function deterministic(doc: Document, model: DocumentModel): Promise<Buffer> {
  const stamp = `${model.date}T00:00:00Z`;
  const core =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(model.title)}</dc:title><dc:creator>dialogue</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    `</cp:coreProperties>`;
  const overrides = [{ path: "docProps/core.xml", data: core }];
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  // Zipping once with pinned dates instead of unzipping docx's archive and zipping it again saved ~30 ms.
  const parts: Record<string, Uint8Array> = compiler?.compile
    ? Object.fromEntries([...compiler.compile(doc, undefined, overrides)].map(([path, data]) => [path, typeof data === "string" ? strToU8(data) : data]))
    : unzipSync(new Uint8Array(await Packer.toBuffer(doc, false, overrides)));
  const mtime = new Date(stamp);
  const entries = Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { mtime }] as const]));
  // Stored, not deflated (OPC allows both; Word and LibreOffice open either): fflate's deflate cost
  // 30 ms of a 180 ms render, cold, for a 16 KB instead of a 75 KB file.
  return Buffer.from(zipSync(entries as never, { level: 0 }));
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
