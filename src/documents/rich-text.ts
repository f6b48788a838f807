/** A piece of text with its emphasis. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Splits `*italic*` and `**bold**` markers (as in the plan's texts) into spans; markers are dropped. */
export function parseEmphasis(text: string): Span[] {
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
  return spans;
}

export const plainSpans = (text: string): Span[] => (text ? [{ text }] : []);
