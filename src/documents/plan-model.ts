import type { Issuer, Plan, PlannedTime, Session, Task } from "../plan/types.gen.js";
import { bodyDate, fill, roman, withEnding } from "./formal.js";
import { formalFrame, heading1 as heading1Para, identityOf, para, recipientsColumn, signatureColumn, timeOfDay } from "./frame.js";
import { isTable, type Block, type DocumentModel, type Para } from "./model.js";
import { parseEmphasis, plainSpans, type Span } from "./rich-text.js";
import { issuerWords } from "./issuer.js";
import { capitalized, inSentence, midSentence, quotedFromNotice } from "./record-text.js";
import { citationsText, citationText } from "./citation.js";
import { audienceText } from "./audience.js";
import { chairsPhrase } from "./chairs.js";
import { attendanceText } from "./headcount.js";
import { dayPartText, recurrenceText } from "./when.js";
import { isUnknown } from "../plan/unknown.js";
import { DOCUMENT_KINDS, type KindModule } from "./registry.js";
import { unitNameOf } from "../plan/walk.js";
import type { Templates } from "./templates.js";

/** The plan's one document. */
export const build: KindModule<"plan">["build"] = ({ plan }, templates) => [{ model: planModel(plan, templates) }];

/** The Kế hoạch as a document model: every paragraph of the plan, in the order of the original. */
export function planModel(plan: Plan, templates: Templates): DocumentModel {
  const { profile, wording } = templates;
  const w = wording.plan;
  const o = profile.body;
  const body: Para[] = [];
  const text = (style: Para["style"], prefix: string, rich: string) => body.push(para(style, [...plainSpans(prefix), ...parseEmphasis(rich)]));
  let section = 0;
  const heading1 = (title: string) => body.push(heading1Para(templates, ++section, title));
  const level2 = (n: number) => fill(o.level2, { n });

  if (plan.basis) text("body", "", plan.basis);
  else if (plan.references?.length)
    text("body", "", fill(w.basisFromReferences, { references: citationsText(plan.references, wording, plan.issuer), body: issuerWords(plan.issuer, wording).body, summary: midSentence(plan.summary.replace(/\s+/g, " ").trim()) }));

  const requirements = plan.requirements ?? [];
  if (plan.purposes?.length || requirements.length) {
    heading1(w.purposesSection);
    let n = 0;
    for (const [title, items] of [[w.purposes, plan.purposes ?? []], [w.requirements, requirements]] as const) {
      if (!items.length) continue;
      body.push(para("heading2", plainSpans(level2(++n) + title)));
      for (const item of items) text("body", o.bullet, item);
    }
  }

  const sessions = plan.sessions ?? [];
  if (sessions.length || plan.adHoc) {
    heading1(w.sessionsSection);
    sessions.forEach((session, i) => sessionParagraphs(session, i + 1, templates, plan.issuer).forEach((p) => body.push(p)));
    if (plan.adHoc) text("body", level2(sessions.length + 1), plan.adHoc);
  }

  const carried = plan.carriedOver ?? [];
  if (plan.implementation?.length || carried.length) {
    heading1(w.implementationSection);
    const unitName = unitNameOf(plan);
    const implementation = plan.implementation ?? [];
    implementation.forEach((assignment, i) => {
      const heading = assignment.heading ?? assignment.units.map((id) => unitName(id)).join(", ");
      body.push(para("heading2", [...plainSpans(level2(i + 1)), ...parseEmphasis(heading)]));
      for (const task of assignment.tasks) taskParagraphs(task, o.bullet, o.subBullet).forEach((p) => body.push(p));
    });
    // Last year's open conclusions, each with the notice that gave it (#13.8).
    if (carried.length) {
      body.push(para("heading2", plainSpans(level2(implementation.length + 1) + w.carriedOverHeading)));
      for (const item of carried) {
        const source = item.origin.notice ?? item.origin.plan;
        const origin = source ? fill(w.carriedOverSource, { source: citationText(source, wording, plan.issuer) }) : "";
        const text = quotedFromNotice(inSentence(item.text), wording.lists);
        const unit = unitName(item.lead);
        const lead = text.startsWith(unit) ? "" : fill(w.carriedOverUnit, { unit });
        body.push(para("body", [...plainSpans(o.bullet + lead), ...parseEmphasis(text), ...plainSpans(origin + ".")]));
      }
    }
  }

  if (plan.closing) text("body", "", plan.closing);
  endContent(body, o.contentEnding);

  return {
    date: plan.date ?? `${plan.year}-01-01`,
    ...formalFrame(identityOf(plan, plan, DOCUMENT_KINDS.plan.symbol, plan.summary, templates), templates),
    body,
    signatureLeft: recipientsColumn(templates, plan.recipients ?? []),
    signatureRight: signatureColumn(plan.signature, templates),
  };
}

/** A session as the plan writes it: "Chủ đề n: …", audience, number, chairs, time and venue (also an amendment's added session). */
export function sessionParagraphs(session: Session, n: number, templates: Templates, issuer?: Issuer): Para[] {
  const w = templates.wording.plan;
  const level2 = (k: number) => fill(templates.profile.body.level2, { n: k });
  const out = [para("heading2", [...plainSpans(level2(n) + fill(w.sessionTitle, { n })), ...parseEmphasis(session.theme)])];
  const { missing } = templates.wording;
  if (session.audience && !session.audienceGroups?.length) out.push(para("body", [...plainSpans(w.audience), ...parseEmphasis(session.audience)]));
  else if (session.audienceGroups?.length) out.push(para("body", [...plainSpans(w.audience), ...parseEmphasis(audienceText(session, templates.wording) + ".")]));
  const a = session.attendance;
  // A plain number keeps the plan's own wording (a province's templates may word it); the new shapes read from `lists`.
  if (a && typeof a.count === "number" && !a.qualifier && !a.delegates && !a.parts)
    out.push(para("body", plainSpans(w.attendance + fill(a.approximate === false ? w.attendanceExact : w.attendanceApproximate, { count: a.count }))));
  else if (a) out.push(para("body", plainSpans(w.attendance + capitalized(fill(w.attendanceText, { attendance: attendanceText(a, templates.wording.lists, missing.unknown) })))));
  if (session.chairs?.length) {
    // The plan names each chair as the year starts (a successor is named in the documents of the day),
    // people as "đồng chí …" like every other document; after the label's colon, "các đồng chí A và B".
    const names = chairsPhrase(session.chairs, undefined, { ...templates.wording.lists, ...w }, missing.unknown);
    out.push(para("body", plainSpans((session.chairs.length > 1 ? w.coChairs : w.chairs) + names + ".")));
  }
  if (session.carriedFrom?.plan && issuer) out.push(para("body", plainSpans(fill(w.carriedFrom, { plan: citationText(session.carriedFrom.plan, templates.wording, issuer) }))));
  const time = session.recurrence?.length ? capitalized(fill(w.plannedRecurrence, { rules: recurrenceText(session.recurrence, templates) })) : plannedText(session.planned, templates);
  out.push(para("body", plainSpans(w.time + time)));
  out.push(para("body", [...plainSpans(w.venue), ...parseEmphasis(isUnknown(session.venue) ? missing.unknown + "." : (session.venue ?? w.venueUnknown))]));
  return out;
}

function plannedText(planned: PlannedTime | undefined, templates: Templates): string {
  const text = plannedWords(planned, templates);
  return planned?.note ? text.replace(/\.$/u, fill(templates.wording.when.note, { note: planned.note }) + ".") : text;
}

function plannedWords(planned: PlannedTime | undefined, templates: Templates): string {
  const w = templates.wording.plan;
  if (planned?.date && planned.dayPart && !planned.time) return fill(w.plannedDatePart, { part: dayPartText(templates, planned.dayPart), date: bodyDate(planned.date) });
  if (planned?.date) {
    const time = planned.time ? timeOfDay(templates, planned.time) : "";
    return fill(planned.time ? w.plannedDateTime : w.plannedDate, { date: bodyDate(planned.date), time });
  }
  if (planned?.alternatives) return fill(w.plannedAlternatives, { dates: planned.alternatives.map(bodyDate).join(w.alternativesJoiner) });
  if (planned?.month) {
    const [year, month] = planned.month.split("-").map(Number);
    const key = planned.part ? `plannedMonth${planned.part[0].toUpperCase()}${planned.part.slice(1)}` : "plannedMonth";
    return fill(w[key], { month, year });
  }
  if (planned?.quarter) {
    const [year, q] = planned.quarter.split("-Q").map(Number);
    return fill(w.plannedQuarter, { quarter: roman(q), year });
  }
  return w.plannedUnknown;
}


export function taskParagraphs(task: Task, bullet: string, subBullet: string): Para[] {
  const lead = task.bullet === false ? "" : bullet;
  return [para("body", [...plainSpans(lead), ...parseEmphasis(task.text)]), ...(task.items ?? []).flatMap((item) => taskParagraphs(item, subBullet, subBullet))];
}

/** HD36 practice: the last paragraph of the content ends with the profile's ending (`./.`). */
export function endContent(body: Block[], ending: string): void {
  const last = body.at(-1);
  if (!last || isTable(last) || !last.spans.length) return;
  const spans: Span[] = last.spans;
  last.spans = [...spans.slice(0, -1), { ...spans.at(-1)!, text: withEnding(spans.at(-1)!.text, ending) }];
}
