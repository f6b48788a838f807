import type { Plan, Session } from "../plan/types.gen.js";
import { bodyDate, fill } from "./formal.js";
import { formalFrame, para, recipientsColumn, signatureColumn } from "./header.js";
import type { DocumentModel, Para } from "./model.js";
import { endContent } from "./plan-model.js";
import { parseEmphasis, plainSpans } from "./rich-text.js";
import type { Templates } from "./templates.js";

/** Names of units by id, for the texts of records. */
export const unitNames = (plan: Plan) => new Map(plan.units.map((u) => [u.id, u.name]));

/** The chairs of a held session: the record's, else the session's. */
export const chairsOf = (session: Session) => session.record?.chairs ?? session.chairs ?? [];

export const venueOf = (session: Session, templates: Templates) =>
  session.record?.venue ?? session.scheduled?.venue ?? session.venue ?? templates.wording.missing.venue;

/** The time a held session started: the record's, else the scheduled or planned time. */
export const startOf = (session: Session) => session.record?.start ?? session.scheduled?.time ?? session.planned?.time;

/**
 * The Thông báo kết luận of one held session: opening from the record's data, a summary of the
 * opinions by field (never the speakers: personal data stays in the minutes), the transition, the
 * numbered conclusions (assessment, assignments, follow-up), the closing sentence, signature and
 * recipients.
 */
export function noticeModel(plan: Plan, session: Session, templates: Templates): DocumentModel {
  const record = session.record ?? {};
  const notice = record.notice ?? {};
  const w = templates.wording.notice;
  const names = unitNames(plan);
  const held = session.heldOn ?? session.scheduled?.date ?? "";
  const body: Para[] = [];
  const chairs = chairsOf(session).map((c) => fill(w.chair, { name: c.name, title: c.title ?? "" }).replace(/, $/, ""));

  const [before, after = ""] = fill(w.opening, {
    date: held && bodyDate(held),
    venue: venueOf(session, templates),
    chairs: chairs.length ? chairs.join(w.chairJoiner) : templates.wording.missing.chairs,
  }).split("{theme}");
  body.push(para("body", [...plainSpans(before), ...parseEmphasis(session.theme), ...plainSpans(after)]));
  if (record.leaders?.length || record.agencies?.length || record.citizens !== undefined)
    body.push(
      para("body", plainSpans(fill(w.attendance, {
        leaders: (record.leaders ?? []).join(w.listJoiner),
        agencies: (record.agencies ?? []).map((id) => names.get(id) ?? id).join(", "),
        citizens: record.citizens ?? 0,
      }))),
    );
  const opinions = record.opinions ?? [];
  if (opinions.length) {
    const fields = [...new Set(opinions.map((o) => o.field).filter((f): f is string => Boolean(f)))];
    body.push(para("body", plainSpans(fill(w.opinionsSummary, { count: opinions.length, fields: fields.join(", ") }))));
  }
  body.push(para("body", plainSpans(w.transition)));

  let n = 0;
  const numbered = (rich: string) => body.push(para("body", [...plainSpans(fill(templates.profile.body.level2, { n: ++n })), ...parseEmphasis(rich)]));
  const [firstAssessment, ...moreAssessment] = record.assessment ?? [];
  if (firstAssessment) {
    numbered(firstAssessment);
    for (const more of moreAssessment) body.push(para("body", parseEmphasis(more)));
  }
  for (const assignment of record.assignments ?? []) numbered(assignment.text);
  if (record.followUp) numbered(record.followUp);
  body.push(para("body", parseEmphasis(notice.closing ?? w.closing)));
  endContent(body, templates.profile.body.contentEnding);

  const summary = notice.summary ?? fill(w.summary, { date: held && bodyDate(held) });
  return {
    title: `${templates.wording.documentTypes.notice} ${summary.replace(/\s+/g, " ")}`,
    date: notice.date ?? held ?? `${plan.year}-01-01`,
    ...formalFrame(plan, templates, "notice", notice.number, notice.date, summary),
    body,
    signatureLeft: recipientsColumn(templates, notice.recipients ?? []),
    signatureRight: notice.signature ? signatureColumn(notice.signature, templates) : [],
  };
}
