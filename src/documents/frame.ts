import type { Plan, Signature } from "../plan/types.gen.js";
import type { Day } from "../tracking/day.js";
import { dateLine, fill, numberLine, recipientLines } from "./formal.js";
import type { DocumentModel, Para } from "./model.js";
import { plainSpans, type Span } from "./rich-text.js";
import type { Templates } from "../documents/templates.js";

export const para = (style: Para["style"], spans: Span[]): Para => ({ style, spans });

export type DocumentKind = "plan" | "notice" | "minutes";

/** The formal parts every Party document shares: header table, title block, and the recipients' column. */
export function formalFrame(
  plan: Plan,
  { profile, wording }: Templates,
  kind: DocumentKind,
  number: number | undefined,
  date: Day | undefined,
  summary: string,
): Pick<DocumentModel, "author" | "header" | "titleBlock"> {
  return {
    author: plan.issuer.name.replace(/\s+/g, " "),
    header: {
      issuer: [
        ...(plan.issuer.superior ? [para("superior", plainSpans(plan.issuer.superior))] : []),
        para("issuer", plainSpans(plan.issuer.name)),
        para("star", plainSpans(profile.headerTable.star)),
      ],
      heading: [{ ...para("partyHeading", plainSpans(profile.headerTable.partyHeading)), ruleBelow: true }],
      number: para("number", plainSpans(numberLine(wording, number, wording.typeCodes[kind], plan.issuer.code))),
      date: para("dateLine", plainSpans(dateLine(wording, plan.place, date, date ? Number(date.slice(0, 4)) : plan.year))),
    },
    titleBlock: [
      para("docType", plainSpans(wording.documentTypes[kind])),
      ...summary.split("\n").map((line) => para("summary", plainSpans(line.trim()))),
      para("separator", plainSpans(profile.title.separator)),
    ],
  };
}

export function recipientsColumn({ profile, wording }: Templates, recipients: readonly string[]): Para[] {
  return [para("recipientsHeading", plainSpans(wording.recipientsHeading)), ...recipientLines(profile, recipients).map((r) => para("recipient", plainSpans(r)))];
}

/** Authority line, position, the space for signature and seal, and the name. */
export function signatureColumn(signature: Signature, { profile }: Templates): Para[] {
  const { authority, position, name } = signature;
  return [
    ...(authority ? [para("authority", plainSpans(`${authority.mode} ${authority.body}`))] : []),
    para("position", plainSpans(position)),
    ...Array.from({ length: profile.signatureTable.signatureSpaceLines }, () => para("position", [])),
    para("signer", plainSpans(name)),
  ];
}

/** A signature column headed by a role (minutes: "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ") over a name, or the visible marker of a missing one. */
export function roleColumn(role: string, name: string | undefined, { profile }: Templates, missing: string): Para[] {
  return [
    para("authority", plainSpans(role)),
    ...Array.from({ length: profile.signatureTable.signatureSpaceLines }, () => para("position", [])),
    para("signer", plainSpans(name ?? missing)),
  ];
}

/** `08 giờ 00` from `08:00`: documents keep the hour's two digits ("08 giờ 00 phút" in the minutes' template). */
export function timeOfDay(templates: Templates, time: string, template = templates.wording.plan.timeOfDay): string {
  const [hour, minute] = time.split(":");
  return fill(template, { hour: hour.padStart(2, "0"), minute });
}
