import type { AmendedSession, AmendedTask, Amendment, Plan } from "../plan/types.gen.js";
import { eachTask, unitNameOf } from "../plan/walk.js";
import { citationText, planCitation } from "./citation.js";
import { fill } from "./formal.js";
import { formalFrame, heading1, identityOf, para, recipientsColumn, signatureColumn } from "./frame.js";
import { issuerWords } from "./issuer.js";
import type { DocumentModel, Para } from "./model.js";
import { endContent, sessionParagraphs, taskParagraphs } from "./plan-model.js";
import { inSentence, joinList, midSentence } from "./record-text.js";
import { DOCUMENT_KINDS, type KindModule } from "./registry.js";
import { parseEmphasis, plainSpans } from "./rich-text.js";
import type { Templates } from "./templates.js";
import { whenText } from "./when.js";

/** One Kế hoạch điều chỉnh, bổ sung per amendment the plan records. */
export const build: KindModule<"plan">["build"] = ({ plan }, templates) =>
  (plan.amendments ?? []).map((amendment) => ({ part: amendment.id, model: amendmentModel(plan, amendment, templates) }));

/**
 * A Kế hoạch điều chỉnh, bổ sung: it cites the plan it changes by number and date, says why, then
 * what changes — each session moved (from its planned time to the new one), added (in full, as
 * the plan writes a session) or dropped, each task changed, added or dropped — and that the rest
 * of the plan stands. A clerk's own `text` replaces a generated sentence.
 */
export function amendmentModel(plan: Plan, amendment: Amendment, templates: Templates): DocumentModel {
  const { wording, profile } = templates;
  const w = { ...wording.lists, ...wording.amendment };
  const words = issuerWords(amendment.issuer ?? plan.issuer, wording);
  const citation = planCitation(plan, wording);
  const { issuer: _issuer, title: _title, ...short } = citation;
  const cited = citationText(citation, wording, plan.issuer);
  const body: Para[] = [];
  const numbered = (n: number, rich: string): void => void body.push(para("body", [...plainSpans(fill(profile.body.level2, { n })), ...parseEmphasis(rich)]));

  const reason = amendment.reason ? midSentence(inSentence(amendment.reason)) : "";
  body.push(para("body", plainSpans(fill(reason ? w.opening : w.openingNoReason, { plan: cited, reason, body: words.body }))));

  let section = 0;
  const sessions = amendment.sessions ?? [];
  if (sessions.length) {
    body.push(heading1(templates, ++section, w.sessionsSection));
    sessions.forEach((change, i) => sessionChange(change, i + 1));
  }
  const tasks = amendment.tasks ?? [];
  if (tasks.length) {
    body.push(heading1(templates, ++section, w.tasksSection));
    tasks.forEach((change, i) => taskChange(change, i + 1));
  }
  body.push(para("body", parseEmphasis(amendment.closing ?? fill(w.closing, { plan: citationText(short, wording, plan.issuer) }))));
  endContent(body, profile.body.contentEnding);

  // The plan's summary keeps its own line breaks, so that the three lines stay balanced.
  const summary = amendment.summary ?? fill(w.summary, { plan: citationText(short, wording, plan.issuer), about: fill(wording.citation.about, { summary: midSentence(plan.summary.trim()) }) });
  return {
    date: amendment.date ?? plan.date ?? `${plan.year}-01-01`,
    ...formalFrame(identityOf(plan, amendment, DOCUMENT_KINDS.amendment.symbol, summary, templates), templates),
    body,
    signatureLeft: recipientsColumn(templates, amendment.recipients ?? plan.recipients ?? []),
    signatureRight: signatureColumn(amendment.signature ?? plan.signature, templates),
  };

  function sessionChange(change: AmendedSession, n: number): void {
    const index = (plan.sessions ?? []).findIndex((s) => s.id === change.session);
    const session = plan.sessions?.[index];
    if (change.text || !session) return numbered(n, change.text ?? change.session);
    const values = { n: index + 1, theme: inSentence(session.theme), from: whenText(templates, session.planned), to: whenText(templates, change.to ?? session.postponedTo ?? session.planned), venue: change.venue ?? "" };
    if (change.change === "moved") return numbered(n, fill(change.venue ? w.sessionMovedVenue : w.sessionMoved, values));
    if (change.change === "dropped") return numbered(n, fill(w.sessionDropped, values));
    numbered(n, fill(w.sessionAdded, values));
    // An added session is written out as the plan writes a session, under its number.
    sessionParagraphs(session, index + 1, templates).slice(1).forEach((p) => body.push(p));
  }

  function taskChange(change: AmendedTask, n: number): void {
    const found = [...eachTask(plan)].find(({ task }) => task.id === change.task);
    if (!found) return numbered(n, change.text ?? change.task);
    const unitName = unitNameOf(plan);
    const units = joinList(found.assignment.units.map((id) => unitName(id)), w);
    const task = inSentence(found.task.text);
    if (change.change === "changed") return numbered(n, fill(w.taskChanged, { units, task, text: change.text ?? "" }));
    if (change.change === "dropped") return numbered(n, fill(w.taskDropped, { units, task }) + (change.text ? ` ${change.text}` : ""));
    numbered(n, fill(w.taskAdded, { units }));
    taskParagraphs(found.task, profile.body.bullet, profile.body.subBullet).forEach((p) => body.push(p));
  }
}
