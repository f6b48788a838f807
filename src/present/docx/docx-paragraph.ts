import { BorderStyle, LineRuleType, Paragraph, TextRun } from "docx";
import { ALIGN, pt, STYLE_IDS } from "./docx-styles.js";
import type { Para } from "../../documents/model.js";
import type { Align, Profile, StyleName, TextStyle } from "../../documents/templates.js";

/** Word's default cell margins left and right of a table cell's text. */
export const CELL_PADDING_TWIPS = 108;

/**
 * A paragraph in its named style; the only direct formatting is the emphasis of spans and what
 * keeps things together. A line ending in ":" introduces what follows (a list, the conclusions),
 * so it stays on the page of what follows.
 */
export function toParagraph(p: Para, profile: Profile, options: { keepNext?: boolean; align?: Align } = {}): Paragraph {
  const upper = styleOf(profile, p.style).upper === true;
  const text = shownText(p, profile);
  return new Paragraph({
    style: STYLE_IDS[p.style],
    keepNext: options.keepNext || text.trimEnd().endsWith(":") || undefined,
    // A table column's own alignment (figures centred) is the one direct paragraph format of a cell.
    ...(options.align && { alignment: ALIGN[options.align] }),
    children: p.spans.map(
      (s) => new TextRun({ text: upper ? s.text.toLocaleUpperCase("vi") : s.text, bold: s.bold || undefined, italics: s.italic || undefined }),
    ),
  });
}

/** The text as printed: upper-case styles are written in capitals, not only shown so (copying keeps them). */
export const shownText = (p: Para, profile: Profile) => {
  const text = p.spans.map((s) => s.text).join("");
  return styleOf(profile, p.style).upper ? text.toLocaleUpperCase("vi") : text;
};

/** A style of the profile; `motto` exists only in the state format, and a Party profile never uses it. */
export const styleOf = (profile: Profile, name: StyleName): TextStyle => profile.styles[name as keyof Profile["styles"]] ?? profile.styles.partyHeading;

/** HD36: the short solid line under a heading, as long as the heading: an empty paragraph with a top border, narrowed by indents. */
export function rule(textTwips: number, lineTwips: number, weight: number): Paragraph {
  const side = Math.max(0, Math.round((textTwips - lineTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side, firstLine: 0 },
    // 3 pt below the heading's descenders, 3 pt tall: close under the text without touching it (libraries.md §1.1).
    spacing: { before: pt(3), after: 0, line: pt(3), lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: weight, color: "000000", space: 1 } },
    children: [],
  });
}
