import type { Metrics } from "../../documents/templates.js";

/** Width of a line of text in twips, from the advance-width table. */
export function textWidthTwips(metrics: Metrics, text: string, sizePt: number, bold: boolean): number {
  const widths = metrics.styles[bold ? "bold" : "regular"];
  const fallback = widths["N"];
  const units = [...text].reduce((sum, ch) => sum + (widths[ch] ?? fallback), 0);
  return Math.round((units / metrics.unitsPerEm) * sizePt * 20);
}
