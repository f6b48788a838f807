import type { Plan, Session } from "../plan/types.gen.js";
import { bodyDate, fill, roman } from "./formal.js";
import { formalFrame, para, roleColumn, timeOfDay } from "./header.js";
import type { DocumentModel, Para } from "./model.js";
import { chairsOf, startOf, unitNames, venueOf } from "./notice-model.js";
import { parseEmphasis, plainSpans } from "./rich-text.js";
import type { Templates } from "./templates.js";

/**
 * The Biên bản of one held session: time and place; I. participants; II. each opinion with the
 * speaker's name and address (the only document that carries them), the answers, the chair's
 * conclusions; the closing time; the minute-taker's and the chair's signature columns.
 */
export function minutesModel(plan: Plan, session: Session, templates: Templates): DocumentModel {
  const record = session.record ?? {};
  const w = templates.wording.minutes;
  const o = templates.profile.body;
  const names = unitNames(plan);
  const held = session.heldOn ?? session.scheduled?.date ?? "";
  const body: Para[] = [];
  const line = (text: string) => body.push(para("body", plainSpans(text)));
  const chairs = chairsOf(session).map((c) => (c.title ? `${c.name}, ${c.title}` : c.name));

  const start = startOf(session);
  const opening = fill(start ? w.opening : w.openingNoTime, { time: start ? timeOfDay(templates, start) : "", date: held && bodyDate(held), venue: venueOf(session, templates) });
  const [before, after = ""] = opening.split("{theme}");
  body.push(para("body", [...plainSpans(before), ...parseEmphasis(session.theme), ...plainSpans(after)]));

  body.push(para("heading1", plainSpans(fill(o.level1, { roman: roman(1) }) + w.participantsSection)));
  if (chairs.length) line(fill(w.chairs, { chairs: chairs.join("; ") }));
  if (record.leaders?.length) line(fill(w.leaders, { leaders: record.leaders.join("; ") }));
  if (record.agencies?.length) line(fill(w.agencies, { agencies: record.agencies.map((id) => names.get(id) ?? id).join(", ") }));
  if (record.citizens !== undefined) line(fill(w.citizens, { citizens: record.citizens }));
  if (record.minuteTaker) line(fill(w.minuteTaker, { name: record.minuteTaker.name, title: record.minuteTaker.title ?? "" }).replace(/, \.$/, "."));

  body.push(para("heading1", plainSpans(fill(o.level1, { roman: roman(2) }) + w.contentSection)));
  body.push(para("heading2", plainSpans(fill(o.level2, { n: 1 }) + w.opinionsHeading)));
  for (const opinion of record.opinions ?? []) {
    const speaker = opinion.speaker ? fill(w.speaker, { name: opinion.speaker.name, address: opinion.speaker.address ?? "" }).replace(/, $/, "") : "";
    const field = opinion.field ? fill(w.field, { field: opinion.field }) : "";
    body.push(para("body", [...plainSpans(fill(w.opinion, { number: opinion.number, speaker }) + field), ...parseEmphasis(opinion.content)]));
    for (const answer of opinion.answers ?? [])
      body.push(para("body", [...plainSpans(o.bullet + fill(w.answer, { agency: names.get(answer.by) ?? answer.by })), ...parseEmphasis(answer.summary)]));
  }

  body.push(para("heading2", plainSpans(fill(o.level2, { n: 2 }) + w.conclusionsHeading)));
  for (const text of [...(record.assessment ?? []), ...(record.assignments ?? []).map((a) => a.text), ...(record.followUp ? [record.followUp] : [])])
    body.push(para("body", [...plainSpans(o.bullet), ...parseEmphasis(text)]));
  if (record.end) line(fill(w.ending, { time: timeOfDay(templates, record.end) }));

  const summary = fill(w.summary, { date: held && bodyDate(held) });
  return {
    title: `${templates.wording.documentTypes.minutes} ${summary.replace(/\s+/g, " ")}`,
    date: held || `${plan.year}-01-01`,
    ...formalFrame(plan, templates, "minutes", record.minutesNumber, held || undefined, summary),
    body,
    signatureLeft: roleColumn(w.minuteTakerTitle, record.minuteTaker?.name, templates),
    signatureRight: roleColumn(w.chairTitle, chairsOf(session)[0]?.name, templates),
  };
}
