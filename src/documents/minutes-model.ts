import type { Answer, Opinion, Plan, Session } from "../plan/types.gen.js";
import { assignmentText } from "./assignment-text.js";
import { bodyDate, fill } from "./formal.js";
import { formalFrame, heading1, identityOf, para, roleColumn, timeOfDay } from "./frame.js";
import { issuerWords } from "./issuer.js";
import type { DocumentModel, Para } from "./model.js";
import { chairsOf, heldDay, startOf, venueOf } from "./conclusions-model.js";
import { unitNameOf } from "../plan/walk.js";
import { chairsPhrase, principalName } from "./chairs.js";
import { conclusionLines, summaryText, triageText } from "./record-summary.js";
import { isUnknown } from "../plan/unknown.js";
import { endContent } from "./plan-model.js";
import { answeringBody, inSentence, joinList, midSentence, peopleText, personText, quotedFromNotice, type SectionWording } from "./record-text.js";
import { parseEmphasis, plainSpans } from "./rich-text.js";
import { DOCUMENT_KINDS, type KindModule } from "./registry.js";
import type { Templates } from "./templates.js";

/** A session's minutes, once it has a record. */
export const build: KindModule<"session">["build"] = ({ plan, session }, templates) =>
  session.record ? [{ part: session.id, model: minutesModel(plan, session, templates) }] : [];

/**
 * The Biên bản of one held session: time and place; I. participants; II. each opinion with the
 * speaker's name and address (the only document that carries them), the answers, the chair's
 * conclusions; the closing time; the minute-taker's and the chair's signature columns. The first
 * chair (the one who concludes) signs. Headings with nothing under them are left out.
 */
export function minutesModel(plan: Plan, session: Session, templates: Templates): DocumentModel {
  const record = session.record ?? {};
  const w = templates.wording.minutes;
  const { missing } = templates.wording;
  const words = issuerWords(plan.issuer, templates.wording);
  const o = templates.profile.body;
  const unitName = unitNameOf(plan);
  const held = session.heldOn ?? session.scheduled?.date ?? "";
  const body: Para[] = [];
  const line = (text: string) => body.push(para("body", plainSpans(text)));
  const chairs = chairsOf(session);
  const principal = principalName(chairs, heldDay(session), missing.unknown);

  const start = startOf(session);
  const opening = fill(start ? w.opening : w.openingNoTime, { ...words, time: start ? timeOfDay(templates, start, w.timeOfDay) : "", date: held && bodyDate(held), venue: venueOf(session, templates) });
  const [before, after = ""] = opening.split("{theme}");
  body.push(para("body", [...plainSpans(before), ...parseEmphasis(session.theme), ...plainSpans(after)]));

  body.push(heading1(templates, 1, w.participantsSection));
  line(fill(chairs.length > 1 ? w.coChairs : w.chair, { people: chairs.length ? chairsPhrase(chairs, heldDay(session), w, missing.unknown) : missing.chairs }));
  if (record.leaders?.length) line(fill(w.leaders, { people: peopleText(record.leaders, w) }));
  if (record.agencies?.length) line(fill(w.agencies, { agencies: joinList(record.agencies.map(unitName), w) }));
  if (record.delegates !== undefined) line(fill(w.delegates, { delegates: record.delegates }));
  if (record.citizens !== undefined) line(fill(w.citizens, { citizens: isUnknown(record.citizens) ? missing.unknown : record.citizens }));
  if (record.petitioner) line(fill(record.petitioner.address ? w.petitionerWithAddress : w.petitioner, { name: record.petitioner.name, address: inSentence(record.petitioner.address ?? "") }));
  if (record.minuteTaker) line(fill(w.minuteTaker, { people: peopleText([record.minuteTaker], w) }));

  body.push(heading1(templates, 2, w.contentSection));
  const opinions = record.opinions ?? [];
  // The chair speaks of the notice to come; "Thông báo này" belongs to the notice itself.
  // Each conclusion is a "-" item; a disciplinary measure, a "+" sub-item under its conclusion.
  const conclusions = [
    ...(record.assessment ?? []).map((text) => ({ marker: o.bullet, text })),
    ...(record.conclusions ?? []).flatMap((c) => {
      const { text, bullets } = conclusionLines(c, w);
      return [{ marker: o.bullet, text }, ...bullets.map((line) => ({ marker: o.subBullet, text: line }))];
    }),
    ...(record.assignments ?? []).map((a) => ({ marker: o.bullet, text: assignmentText(a, unitName, templates.wording.conclusions) })),
    ...(record.followUp ? [{ marker: o.bullet, text: record.followUp }] : []),
  ].map(({ marker, text }) => ({ marker, text: quotedFromNotice(text, w) }));
  let n = 0;
  const heading2 = (title: string) => body.push(para("heading2", plainSpans(fill(o.level2, { n: ++n }) + title)));
  const summed = summaryText(record, w);
  const triage = triageText(record, w);
  if (summed || triage) {
    heading2(w.opinionsSummaryHeading);
    for (const text of [triage, summed]) if (text) line(text);
  }
  if (opinions.length) {
    heading2(opinions.some((op) => op.answers?.length) ? w.opinionsHeading : w.opinionsHeadingNoAnswers);
    for (const opinion of opinions) {
      body.push(para("body", [...plainSpans(opinionLead(opinion, w)), ...parseEmphasis(opinion.content)]));
      for (const answer of opinion.answers ?? []) body.push(para("body", [...plainSpans(o.bullet + answerLead(answer, unitName, templates)), ...parseEmphasis(answer.summary)]));
    }
  }
  if (conclusions.length) {
    heading2(chairs.length > 1 && principal ? fill(w.conclusionsHeadingNamed, { name: principal }) : w.conclusionsHeading);
    for (const { marker, text } of conclusions) body.push(para("body", [...plainSpans(marker), ...parseEmphasis(text)]));
  }
  if (!opinions.length && !summed && !conclusions.length) line(missing.content);
  if (record.end) line(fill(w.ending, { time: timeOfDay(templates, record.end, w.timeOfDay) }));
  endContent(body, o.contentEnding);

  const summary = fill(w.summary, { ...words, date: held && bodyDate(held) });
  return {
    date: held || `${plan.year}-01-01`,
    ...formalFrame(identityOf(plan, { number: record.minutesNumber, date: held || undefined }, DOCUMENT_KINDS.minutes.symbol, summary, templates), templates),
    body,
    signatureLeft: roleColumn(w.minuteTakerTitle, record.minuteTaker && personText({ name: record.minuteTaker.name }), templates, missing.minuteTaker),
    signatureRight: roleColumn(w.chairTitle, principal, templates, missing.chairs),
  };

}

/** "Ý kiến 1 (lĩnh vực bồi thường, tái định cư) – Đặng Văn Lực (thôn …): " */
function opinionLead(opinion: Opinion, w: SectionWording): string {
  const field = opinion.field ? fill(w.field, { field: midSentence(inSentence(opinion.field)) }) : "";
  const { name, address } = opinion.speaker ?? {};
  const speaker = name ? fill(address ? w.speakerWithAddress : w.speaker, { name, address: inSentence(address ?? "") }) : "";
  return fill(w.opinion, { number: opinion.number, field, speaker });
}

/**
 * "Đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh trả lời: ", or for a unit "Đại diện lãnh đạo
 * UBND tỉnh trả lời: ": people answer citizens, never a Party body as such.
 */
function answerLead(answer: Answer, unitName: (id: string) => string, templates: Templates): string {
  const w = templates.wording.minutes;
  if (answer.person) return fill(w.answerByPerson, { person: personText(answer.person) });
  return fill(w.answerByUnit, { unit: answeringBody(unitName(answer.by ?? ""), templates.wording.leadershipPrefixes) });
}
