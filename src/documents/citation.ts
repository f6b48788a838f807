import type { Citation, Issuer, Plan } from "../plan/types.gen.js";
import { isUnknown } from "../plan/unknown.js";
import { bodyDate, fill } from "./formal.js";
import { familyOf, issuerWords } from "./issuer.js";
import { midSentence } from "./record-text.js";
import type { Wording } from "./templates.js";

/**
 * A cited document as the body writes it: "Quyết định số 1575-QĐ/TU ngày 10/6/2019 của Ban
 * Thường vụ Tỉnh ủy ban hành …" (Party: number, hyphen, symbol) or "Quyết định số 05/QĐ-UBND ngày
 * …" (state: number, slash, symbol). A state symbol joins its parts with a hyphen (QĐ-UBND,
 * 2020/NĐ-CP) or starts with a year (a law's 2013/QH13), a Party one has a slash only (QĐ/TU,
 * QĐi/TW): the symbol tells which. Without a
 * symbol, the kind and the citing issuer's code make one in the citing issuer's family.
 */
export function citationText(citation: Citation, wording: Wording, citing: Issuer): string {
  const w = wording.citation;
  const kind = wording.documentKinds[citation.kind] ?? citation.kind;
  const numberAndSymbol = numberAndSymbolOf(citation, wording, citing);
  return [
    fill(numberAndSymbol ? w.withNumber : w.withoutNumber, { kind, numberAndSymbol }),
    citation.date ? fill(w.date, { date: isUnknown(citation.date) ? wording.missing.unknown : bodyDate(citation.date) }) : "",
    citation.issuer ? fill(w.issuer, { issuer: citation.issuer }) : "",
    citation.title ? fill(w.title, { title: citation.title.replace(/\s+/g, " ").trim() }) : "",
  ].join("");
}

/** "1575-QĐ/TU", "05/QĐ-UBND", a bare "45"; "" without a number. */
export function numberAndSymbolOf(citation: Citation, wording: Wording, citing: Issuer): string {
  if (citation.number === undefined) return "";
  // A number not known yet shows as such, without a symbol made up around it.
  if (isUnknown(citation.number)) return wording.missing.unknown;
  const number = String(citation.number).padStart(2, "0");
  const symbol = citation.symbol ?? (familyOf(citing) === "state" ? `${citation.kind}-${citing.code}` : `${citation.kind}/${citing.code}`);
  return symbol === "" ? number : fill(isStateSymbol(symbol) ? wording.citation.stateNumber : wording.citation.partyNumber, { number, symbol });
}

const isStateSymbol = (symbol: string) => symbol.includes("-") || /^\d{4}\//.test(symbol);

/** Several citations in one sentence, in order ("…; …"). */
export const citationsText = (citations: readonly Citation[], wording: Wording, citing: Issuer): string =>
  citations.map((c) => citationText(c, wording, citing)).join(wording.citation.joiner);

/**
 * The plan itself as later documents cite it: "Kế hoạch số 07-KH/TU ngày 05/02/2024 của Ban
 * Thường vụ Tỉnh ủy về tổ chức đối thoại …" (its summary, on one line, after "về").
 */
export function planCitation(plan: Plan, wording: Wording): Citation {
  return {
    kind: "KH",
    number: plan.number,
    ...(plan.symbol !== undefined && { symbol: plan.symbol }),
    date: plan.date,
    issuer: issuerWords(plan.issuer, wording).body,
    title: fill(wording.citation.about, { summary: midSentence(plan.summary.replace(/\s+/g, " ").trim()) }),
  };
}
