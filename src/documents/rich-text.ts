/** A piece of text with its emphasis. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Splits `*italic*` and `**bold**` markers (as in the plan's texts) into spans; markers are dropped. */
export const parseEmphasis = (text: string): Span[] => scanEmphasis(text).spans;

/** The markers a text opens and never closes (its emphasis would then run to its end): what validate warns about. */
export function unclosedEmphasis(text: string): ("**" | "*")[] {
  const { bold, italic } = scanEmphasis(text);
  return [...(bold ? (["**"] as const) : []), ...(italic ? (["*"] as const) : [])];
}

/** The one reading of the markers, shared by the documents and the rule that checks them. */
function scanEmphasis(text: string): { spans: Span[]; bold: boolean; italic: boolean } {
  const spans: Span[] = [];
  let bold = false;
  let italic = false;
  let current = "";
  const flush = () => {
    if (current) spans.push({ text: current, ...(bold && { bold }), ...(italic && { italic }) });
    current = "";
  };
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith("**", i)) {
      flush();
      bold = !bold;
      i++;
    } else if (text[i] === "*") {
      flush();
      italic = !italic;
    } else current += text[i];
  }
  flush();
  return { spans, bold, italic };
}

export const plainSpans = (text: string): Span[] => (text ? [{ text }] : []);
