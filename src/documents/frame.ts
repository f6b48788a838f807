import { isUnknown } from "../plan/unknown.js";
import type { Issuer, Plan, Signature } from "../plan/types.gen.js";
import type { Day } from "../tracking/day.js";
import { dateLine, fill, numberLine, recipientLines, roman, symbolOf } from "./formal.js";
import { familyOf } from "./issuer.js";
import type { DocumentModel, Para } from "./model.js";
import { plainSpans, type Span } from "./rich-text.js";
import type { AuthorityMode, Templates } from "./templates.js";

export const para = (style: Para["style"], spans: Span[]): Para => ({ style, spans });

/** What the header and title of one document say: who issues it, its type, number and date, its summary. */
export interface Identity {
  issuer: Issuer;
  /** The type code (KH, TB, BC, CV, GM …). */
  type: string;
  number?: number;
  /** The document's own symbol after the number, when it is not the type and the issuer's code ("" = a bare number). */
  symbol?: string;
  date?: Day;
  place: string;
  /** For an undated draft's date line. */
  year: number;
  summary: string;
  /** The title above the summary (`KẾ HOẠCH`); a letter (công văn) has none, and its summary goes under the number as "V/v …". */
  title?: string;
}

/** A document's identity from the plan and the document's own entry (its number, date, symbol and, when another body issues it, its issuer). */
export function identityOf(
  plan: Plan,
  entry: { number?: number; date?: Day; symbol?: string; issuer?: Issuer },
  type: string,
  summary: string,
  templates: Templates,
): Identity {
  const title = templates.wording.documentKinds[type];
  return { issuer: entry.issuer ?? plan.issuer, type, number: entry.number, symbol: entry.symbol, date: entry.date, place: plan.place, year: plan.year, summary, title };
}

/** The formal parts every document shares: the header table and the title block. */
export function formalFrame(identity: Identity, { profile, wording }: Templates): Pick<DocumentModel, "title" | "author" | "header" | "titleBlock"> {
  const { issuer, summary, title } = identity;
  const summaryLines = summary.split("\n").map((line) => line.trim());
  const symbol = symbolOf(profile, identity.type, issuer.code, identity.symbol);
  const issuerName: Para = { ...para("issuer", plainSpans(issuer.name)), ...(profile.headerTable.issuerRulePercent > 0 && { ruleBelow: profile.headerTable.issuerRulePercent }) };
  const { heading } = profile.headerTable;
  return {
    title: `${title ?? wording.documentKinds[identity.type] ?? ""} ${summary.replace(/\s+/g, " ")}`.trim(),
    author: issuer.name.replace(/\s+/g, " "),
    header: {
      issuer: [
        ...(issuer.superior ? [para("superior", plainSpans(issuer.superior))] : []),
        issuerName,
        ...(profile.headerTable.star ? [para("star", plainSpans(profile.headerTable.star))] : []),
      ],
      heading: heading.map((line, i) => ({ ...para(line.style, plainSpans(line.text)), ...(i === heading.length - 1 && { ruleBelow: 100 }) })),
      number: [
        para("number", plainSpans(numberLine(profile, identity.number, symbol))),
        ...(title ? [] : summaryLines.map((line, i) => para("letterSummary", plainSpans(i === 0 ? fill(wording.letterSummary, { summary: line }) : line)))),
      ],
      date: para("dateLine", plainSpans(dateLine(wording, identity.place, identity.date, identity.date ? Number(identity.date.slice(0, 4)) : identity.year))),
    },
    titleBlock: title
      ? [
          para("docType", plainSpans(title)),
          ...summaryLines.map((line, i) => ({
            ...para("summary", plainSpans(line)),
            ...(i === summaryLines.length - 1 && !profile.title.separator && profile.title.summaryRulePercent > 0 && { ruleBelow: profile.title.summaryRulePercent, ruleAcross: summaryLines }),
          })),
          ...(profile.title.separator ? [para("separator", plainSpans(profile.title.separator))] : []),
        ]
      : [],
  };
}

export function recipientsColumn({ profile, wording }: Templates, recipients: readonly string[]): Para[] {
  return [para("recipientsHeading", plainSpans(wording.recipientsHeading)), ...recipientLines(profile, recipients).map((r) => para("recipient", plainSpans(r)))];
}

/** T/M and TM. are one mode: the plan may write either, the profile writes its own (HD36 `T/M`, ND30 `TM.`). */
const MODES: Record<string, AuthorityMode> = { "T/M": "T/M", "T/L": "T/L", "K/T": "K/T", "TM.": "T/M", "TL.": "T/L", "KT.": "K/T" };

/** Authority line, position, the space for signature and seal, and the name. */
export function signatureColumn(signature: Signature, { profile, wording }: Templates): Para[] {
  const { authority, position, name } = signature;
  return [
    ...(authority ? [para("authority", plainSpans(`${profile.signatureTable.authorityModes[MODES[authority.mode]]} ${authority.body}`))] : []),
    para("position", plainSpans(position)),
    ...Array.from({ length: profile.signatureTable.signatureSpaceLines }, () => para("position", [])),
    para("signer", plainSpans(isUnknown(name) ? wording.missing.unknown : name)),
  ];
}

/**
 * How the office signs what it issues by order of the committee (a change of schedule, a
 * reminder): the plan's `officeSignature`, else the wording's default with the name left visibly
 * blank ("T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG" / "(chưa ghi người ký)").
 */
export function officeSignature(plan: Plan, issuer: Issuer, templates: Templates): Signature {
  if (plan.officeSignature) return plan.officeSignature;
  const { mode, body, position } = templates.wording.officeSignature[familyOf(issuer)];
  return { authority: { mode, body }, position, name: templates.wording.missing.signature };
}

/** A signature column headed by a role (minutes: "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ") over a name, or the visible marker of a missing one. */
export function roleColumn(role: string, name: string | undefined, { profile }: Templates, missing: string): Para[] {
  return [
    para("authority", plainSpans(role)),
    ...Array.from({ length: profile.signatureTable.signatureSpaceLines }, () => para("position", [])),
    para("signer", plainSpans(name ?? missing)),
  ];
}

/** A level-1 heading: `I. ` and its title, in capitals where the profile says so ("I. MỤC ĐÍCH, YÊU CẦU"), else as written. */
export function heading1({ profile }: Templates, n: number, title: string): Para {
  const shown = profile.body.level1Case === "upper" ? title.toLocaleUpperCase("vi") : title;
  return para("heading1", plainSpans(fill(profile.body.level1, { roman: roman(n) }) + shown));
}

/** `08 giờ 00` from `08:00`: documents keep the hour's two digits ("08 giờ 00 phút" in the minutes' template). */
export function timeOfDay(templates: Templates, time: string, template = templates.wording.plan.timeOfDay): string {
  const [hour, minute] = time.split(":");
  return fill(template, { hour: hour.padStart(2, "0"), minute });
}
