import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from "docx";
import type { Align, Profile, StyleName, TextStyle } from "../../documents/templates.js";

/** Millimetres to twips, rounded (docx's own helper floors: 20 mm would become 1133, not 1134). */
export const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** Points to twips (spacing), and to half-points (font sizes). */
export const pt = (v: number) => Math.round(v * 20);
export const halfPoints = (v: number) => Math.round(v * 2);

export const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
};

/**
 * Word's own ids where Word knows the part, so that it behaves as a clerk expects: Clear Formatting
 * returns to Normal (the body text), the navigation pane lists Heading 1/2, the title is Title, the
 * page number sits in Header. The others are the document's own styles.
 */
export const STYLE_IDS: Record<StyleName, string> = {
  body: "Normal",
  heading1: "Heading1",
  heading2: "Heading2",
  docType: "Title",
  pageNumber: "Header",
  superior: "CoQuanCapTren",
  issuer: "CoQuanBanHanh",
  star: "DauSao",
  number: "SoKyHieu",
  partyHeading: "TieuDeDang",
  motto: "TieuNgu",
  dateLine: "DiaDanhNgayThang",
  letterSummary: "TrichYeuCongVan",
  summary: "TrichYeu",
  separator: "GachDuoiTrichYeu",
  addressee: "KinhGui",
  tableHeader: "DauBang",
  tableCell: "OBang",
  recipientsHeading: "NoiNhan",
  recipient: "NoiNhanTungNoi",
  authority: "QuyenHanKy",
  position: "ChucVuNguoiKy",
  signer: "HoTenNguoiKy",
};

/** Outline levels (0 = level 1) of the headings, which Word's navigation pane lists. */
const OUTLINE: Partial<Record<StyleName, number>> = { heading1: 0, heading2: 1 };

/**
 * Every paragraph style of the document, from the profile. Normal is the body text, so that what a
 * clerk types or clears looks like the body; every other style is based on Normal and states what
 * differs. docx's own unused headings (blue, Calibri-sized) are replaced by plain ones.
 */
export function paragraphStyles(profile: Profile): IParagraphStyleOptions[] {
  const styles = (Object.keys(STYLE_IDS) as StyleName[]).flatMap((name) => {
    const style = profile.styles[name as keyof Profile["styles"]];
    return style ? [styleOf(name, style, profile)] : [];
  });
  // docx's Heading 3–6 are blue; a clerk who picks them gets the document's heading look instead.
  const lowerHeadings = [3, 4, 5, 6].map((level) => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: "Heading2",
    next: "Normal",
    quickFormat: true,
    paragraph: { outlineLevel: level - 1 },
  }));
  // docx's Caption is blue-grey; a caption a clerk inserts reads as a smaller italic line of the body.
  const caption = { id: "Caption", name: "caption", basedOn: "Normal", next: "Normal", run: { italics: true, size: halfPoints(profile.styles.recipient.sizePt) } };
  return [...styles, ...lowerHeadings, caption];
}

function styleOf(name: StyleName, style: TextStyle, profile: Profile): IParagraphStyleOptions {
  const body = profile.body;
  const isNormal = name === "body";
  const inBody = style.indent === true;
  const run = { size: halfPoints(style.sizePt), ...(style.bold && { bold: true }), ...(style.italic && { italics: true }), ...(style.underline && { underline: {} }) };
  return {
    id: STYLE_IDS[name],
    name: style.name ?? STYLE_IDS[name],
    ...(!isNormal && { basedOn: "Normal", next: inBody ? "Normal" : STYLE_IDS[name] }),
    quickFormat: true,
    run,
    paragraph: {
      alignment: ALIGN[style.align],
      // HD36: body paragraphs: first line indented, exact line spacing, space before; the formal parts single-spaced.
      indent: { firstLine: inBody ? mm(body.firstLineIndentMm) : 0 },
      spacing: inBody
        ? { before: pt(style.spaceBeforePt ?? body.spaceBeforePt), after: pt(style.spaceAfterPt ?? body.spaceAfterPt), line: pt(body.lineExactPt), lineRule: LineRuleType.EXACT }
        : { before: pt(style.spaceBeforePt ?? 0), after: pt(style.spaceAfterPt ?? 0), line: 240, lineRule: LineRuleType.AUTO },
      ...(isNormal && { widowControl: true }),
      ...(OUTLINE[name] !== undefined && { outlineLevel: OUTLINE[name], keepNext: true }),
    },
  };
}
