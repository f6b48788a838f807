import { Document, Header, PageNumber, Paragraph, TextRun } from "docx";
import { packageBytes } from "./docx-package.js";
import { toParagraph } from "./docx-paragraph.js";
import { halfPoints, mm, paragraphStyles, STYLE_IDS } from "./docx-styles.js";
import { bodyTable, fittedTitle, headerTable, signatureTable, withRule } from "./docx-tables.js";
import { isTable, type DocumentModel } from "../../documents/model.js";
import type { Templates } from "../../documents/templates.js";

/** Lays a document model out as DOCX bytes; the same model always gives the same bytes. */
export async function writeDocx(model: DocumentModel, templates: Templates): Promise<Buffer> {
  const { profile } = templates;
  const page = profile.page;
  const textWidth = mm(page.widthMm) - mm(page.marginLeftMm) - mm(page.marginRightMm);
  // The last paragraph of the content stays on the page of the signature block, so that the block
  // never starts a page alone (the block's row itself never splits).
  const body = model.body.map((block, i) => (isTable(block) ? bodyTable(block, textWidth, templates) : toParagraph(block, profile, { keepNext: i === model.body.length - 1 })));

  const doc = new Document({
    creator: model.author,
    title: model.title,
    styles: {
      default: {
        document: { run: { font: profile.font, size: halfPoints(profile.styles.body.sizePt), language: { value: profile.language } } },
      },
      paragraphStyles: paragraphStyles(profile),
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
          first: new Header({ children: [new Paragraph({ style: STYLE_IDS.pageNumber })] }),
          default: new Header({ children: [new Paragraph({ style: STYLE_IDS.pageNumber, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
        },
        children: [
          headerTable(model.header, textWidth, templates),
          ...fittedTitle(model.titleBlock, textWidth, templates).flatMap((p) => withRule(p, textWidth, templates)),
          ...body,
          signatureTable(model.signatureLeft, model.signatureRight, textWidth, templates),
        ],
      },
    ],
  });
  return packageBytes(doc, model, profile.language);
}

