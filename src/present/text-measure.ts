import metrics from "../../templates/metrics/times-new-roman.json" with { type: "json" };

// Spreadsheets measure a column in widths of the digit 0 of the workbook's font. Letters differ
// widely (a unit name in capitals is half as wide again as one in lower case), so texts are
// measured with Times New Roman's advance widths, the table the DOCX header line is computed from.

type Widths = Readonly<Record<string, number>>;
const REGULAR: Widths = metrics.styles.regular;
const BOLD: Widths = metrics.styles.bold;
const DIGIT = REGULAR["0"];
/** Screens draw letters on whole pixels; 5% more than the font's own widths covers the rounding. */
const SCREEN_MARGIN = 1.05;

/** How many digits wide `text` is on one line (bold for headers). */
export function digitsWide(text: string, bold = false): number {
  const widths = bold ? BOLD : REGULAR;
  const fallback = widths["N"];
  let units = 0;
  for (const ch of text) units += widths[ch] ?? fallback;
  return (units / DIGIT) * SCREEN_MARGIN;
}

/** Lines `text` takes in a column `width` digits wide, broken between words as spreadsheets do. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const space = digitsWide(" ", bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ").filter(Boolean)) {
      const wide = digitsWide(word, bold);
      if (used > 0 && used + space + wide > width) {
        lines++;
        used = 0;
      }
      if (used === 0 && wide > width) {
        // A word wider than the column is broken across lines.
        lines += Math.ceil(wide / width) - 1;
        used = wide - (Math.ceil(wide / width) - 1) * width;
      } else used += (used > 0 ? space : 0) + wide;
    }
  }
  return lines;
}
