import type { Day } from "../tracking/day.js";
import type { Profile, Wording } from "./templates.js";

/** Fills `{name}` places in a wording template; only the given values, never what every object inherits (`{constructor}`). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/**
 * The symbol after the number: the type and the issuer's code as the profile joins them (`KH/TU`
 * in HD36, `KH-UBND` in ND30), unless the document names its own; "" is a bare number.
 */
export function symbolOf(profile: Profile, type: string, issuerCode: string, own?: string): string {
  return own ?? fill(profile.number.symbol, { type, issuer: issuerCode });
}

/** HD36: `Số 45-KH/TU`, no colon; ND30: `Số: 05/KH-UBND`. Numbers below 10 take a leading zero; a draft keeps a blank gap. */
export function numberLine(profile: Profile, number: number | undefined, symbol: string): string {
  const shown = number === undefined ? profile.number.draft : String(number).padStart(2, "0");
  return fill(symbol ? profile.number.line : profile.number.bare, { number: shown, symbol });
}

/** HD36: `Quảng Ngãi, ngày 05 tháng 02 năm 2021`: day padded below 10, month only for January and February. */
export function dateLine(wording: Wording, place: string, date: Day | undefined, year: number): string {
  if (!date) return fill(wording.draftDateLine, { place, year });
  const [y, m, d] = date.split("-").map(Number);
  return fill(wording.dateLine, { place, day: String(d).padStart(2, "0"), month: m <= 2 ? String(m).padStart(2, "0") : String(m), year: y });
}

/** Inside the body dates are written `25/9/2019`, without zero padding. */
export const bodyDate = (date: Day): string => {
  const [y, m, d] = date.split("-").map(Number);
  return `${d}/${m}/${y}`;
};

const ROMAN: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];

export function roman(n: number): string {
  let out = "";
  for (const [value, letters] of ROMAN) while (n >= value) [n, out] = [n - value, out + letters];
  return out;
}

/** HD36: one recipient per line, `- ` first, `,` after each (`;` in HD05) and `.` after the last. */
export function recipientLines(profile: Profile, recipients: readonly string[]): string[] {
  const { recipientSeparator, recipientLast } = profile.signatureTable;
  return recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? recipientLast : recipientSeparator}`);
}

/** HD36 practice ends the content with `./.`: it replaces the final full stop of the last paragraph. */
export function withEnding(text: string, ending: string): string {
  if (!ending || ending === ".") return text;
  return text.replace(/\.?\s*$/, ending);
}
