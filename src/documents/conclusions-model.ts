import type { Plan, Record as SessionRecord, Session } from "../plan/types.gen.js";
import { assignmentText } from "./assignment-text.js";
import { bodyDate, fill } from "./formal.js";
import { formalFrame, identityOf, para, recipientsColumn, signatureColumn } from "./frame.js";
import { issuerWords } from "./issuer.js";
import { chairsPhrase } from "./chairs.js";
import { conclusionLines, opinionCounts, summaryText, triageText } from "./record-summary.js";
import { isUnknown } from "../plan/unknown.js";
import type { DocumentModel, Para } from "./model.js";
import { endContent } from "./plan-model.js";
import { distinctFields, fieldsText, inSentence, joinList, peopleText, type SectionWording } from "./record-text.js";
import { parseEmphasis, plainSpans } from "./rich-text.js";
import { DOCUMENT_KINDS, type KindModule } from "./registry.js";
import { unitNameOf } from "../plan/walk.js";
import type { Templates } from "./templates.js";

/** The chairs of a held session: the record's, else the session's. The first one concludes and signs the minutes. */
export const chairsOf = (session: Session) => session.record?.chairs ?? session.chairs ?? [];

/** The venue inside a sentence: the record's, else the scheduled or planned one, else the visible marker. */
export const venueOf = (session: Session, templates: Templates) =>
  inSentence(shownVenue(session.record?.venue ?? session.scheduled?.venue ?? session.venue, templates) ?? templates.wording.missing.venue);

/** A venue written as unknown shows the visible marker. */
export const shownVenue = (venue: string | undefined, templates: Templates) => (isUnknown(venue) ? templates.wording.missing.unknown : venue);

/** The time a held session started: the record's, else the scheduled or planned time. */
export const startOf = (session: Session) => session.record?.start ?? session.scheduled?.time ?? session.planned?.time;

/** "đồng chí A, Bí thư Tỉnh ủy" or "các đồng chí: A, …; B, … và C, …", then "chủ trì" or "đồng chủ trì". */
export function chairsText(session: Session, templates: Templates, w: SectionWording): { chairs: string; role: string } {
  const chairs = chairsOf(session);
  return {
    chairs: chairs.length ? chairsPhrase(chairs, heldDay(session), w, templates.wording.missing.unknown) : templates.wording.missing.chairs,
    role: chairs.length > 1 ? w.coChairRole : w.chairRole,
  };
}

/** The day a session was (or is to be) held, for the chair who holds the role that day. */
export const heldDay = (session: Session) => session.heldOn ?? session.scheduled?.date ?? session.planned?.date;

/** A session's notice of conclusions, once its record holds conclusions (an assessment, assignments) or the notice's data. */
export const build: KindModule<"session">["build"] = ({ plan, session }, templates) => {
  const record = session.record;
  const hasConclusions = record?.assessment?.length || record?.assignments?.length || record?.conclusions?.length || record?.notice;
  return hasConclusions ? [{ part: session.id, model: conclusionsModel(plan, session, templates) }] : [];
};

/**
 * The Thông báo kết luận of one held session: opening from the record's data, a summary of the
 * opinions by field (never the speakers: personal data stays in the minutes), the transition, the
 * numbered conclusions (assessment, assignments, follow-up), the closing sentence, signature and
 * recipients. A sentence whose data the record lacks is left out; a missing signature or
 * recipients list shows the visible marker of wording.json's `missing`.
 */
export function conclusionsModel(plan: Plan, session: Session, templates: Templates): DocumentModel {
  const record = session.record ?? {};
  const notice = record.notice ?? {};
  const w = templates.wording.conclusions;
  const words = issuerWords(plan.issuer, templates.wording);
  const held = session.heldOn ?? session.scheduled?.date ?? "";
  const body: Para[] = [];
  const sentence = (text: string) => body.push(para("body", plainSpans(text)));

  const { chairs, role } = chairsText(session, templates, w);
  const [before, after = ""] = fill(w.opening, { date: held && bodyDate(held), venue: venueOf(session, templates), chairs, chairRole: role }).split("{theme}");
  body.push(para("body", [...plainSpans(before), ...parseEmphasis(session.theme), ...plainSpans(after)]));
  const attendance = attendanceText(record, unitNameOf(plan), w, templates.wording.missing.unknown);
  if (attendance) sentence(attendance);

  const triage = triageText(record, w);
  if (triage) sentence(triage);
  const opinions = record.opinions ?? [];
  const { count, answered } = opinionCounts(record);
  const summed = summaryText(record, w);
  if (summed) sentence([summed, answered === 0 ? "" : fill(answered === count ? w.answeredAll : w.answeredSome, { answered })].filter(Boolean).join(" "));
  if (opinions.length && !summed) {
    const fields = fieldsText(opinions.map((o) => o.field), w);
    // One field is "về lĩnh vực đất đai", not "các lĩnh vực: đất đai"; one opinion answered, "ý kiến này".
    const oneField = distinctFields(opinions.map((o) => o.field)).length === 1 && w.opinionsSummaryOneField;
    const summary = fill(!fields ? w.opinionsSummaryNoFields : oneField || w.opinionsSummary, { count: opinions.length, fields });
    const answeredAll = opinions.length === 1 && w.answeredTheOne ? w.answeredTheOne : w.answeredAll;
    const answers = answered === 0 ? "" : fill(answered === opinions.length ? answeredAll : w.answeredSome, { answered });
    sentence([summary, answers].filter(Boolean).join(" "));
  }
  sentence(fill(!count ? w.transitionNoOpinions : answered ? w.transition : w.transitionNoAnswers, words));

  let n = 0;
  const numbered = (rich: string) => body.push(para("body", [...plainSpans(fill(templates.profile.body.level2, { n: ++n })), ...parseEmphasis(rich)]));
  const [firstAssessment, ...moreAssessment] = record.assessment ?? [];
  if (firstAssessment) {
    numbered(firstAssessment);
    for (const more of moreAssessment) body.push(para("body", parseEmphasis(more)));
  }
  for (const conclusion of record.conclusions ?? []) {
    const { text, bullets } = conclusionLines(conclusion, w);
    numbered(text);
    // A disciplinary measure is a sub-item of its numbered conclusion: "+", never the "-" of a conclusion.
    for (const line of bullets) body.push(para("body", plainSpans(templates.profile.body.subBullet + line)));
  }
  for (const assignment of record.assignments ?? []) numbered(assignmentText(assignment, unitNameOf(plan), w));
  if (record.followUp) numbered(record.followUp);
  body.push(para("body", parseEmphasis(notice.closing ?? fill(w.closing, words))));
  endContent(body, templates.profile.body.contentEnding);

  const { missing } = templates.wording;
  const summary = notice.summary ?? fill(w.summary, { ...words, date: held && bodyDate(held) });
  return {
    date: notice.date ?? held ?? `${plan.year}-01-01`,
    ...formalFrame(identityOf(plan, notice, DOCUMENT_KINDS.conclusions.symbol, summary, templates), templates),
    body,
    signatureLeft: recipientsColumn(templates, notice.recipients?.length ? notice.recipients : [missing.recipients]),
    signatureRight: notice.signature ? signatureColumn(notice.signature, templates) : [para("signer", plainSpans(missing.signature))],
  };
}

/** "Tham dự buổi đối thoại có các đồng chí: …; đại diện lãnh đạo …; cùng 176 người dân.", from what the record holds. */
function attendanceText(record: SessionRecord, unitName: (id: string) => string, w: SectionWording, unknownMark: string): string | undefined {
  const parts: string[] = [];
  if (record.leaders?.length) parts.push(peopleText(record.leaders, w));
  if (record.agencies?.length) parts.push(fill(w.attendanceAgencies, { agencies: joinList(record.agencies.map(unitName), w) }));
  const citizens = record.citizens === undefined ? undefined : isUnknown(record.citizens) ? unknownMark : record.citizens;
  // Delegates and citizens are one count of the hall ("cùng 60 đại biểu và 436 người dân"), not two items of the list.
  if (record.delegates !== undefined && citizens !== undefined && w.attendanceDelegatesAndCitizens)
    parts.push(fill(parts.length ? w.attendanceDelegatesAndCitizensAfter : w.attendanceDelegatesAndCitizens, { delegates: record.delegates, citizens }));
  else {
    if (record.delegates !== undefined) parts.push(fill(w.attendanceDelegates, { delegates: record.delegates }));
    if (citizens !== undefined) parts.push(fill(parts.length ? w.attendanceCitizensAfter : w.attendanceCitizens, { citizens }));
  }
  return parts.length ? fill(w.attendance, { parts: parts.join(w.attendanceSeparator) }) : undefined;
}
