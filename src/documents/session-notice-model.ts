import type { Plan, Session, SessionNotice } from "../plan/types.gen.js";
import { anchorOf } from "../tracking/session-anchor.js";
import { trackedTasks } from "../tracking/tracked-tasks.js";
import { citationText, planCitation } from "./citation.js";
import { bodyDate, fill } from "./formal.js";
import { formalFrame, identityOf, officeSignature, para, recipientsColumn, signatureColumn } from "./frame.js";
import { familyOf, issuerWords } from "./issuer.js";
import type { DocumentModel, Para } from "./model.js";
import { endContent } from "./plan-model.js";
import { inSentence, joinList, midSentence } from "./record-text.js";
import { chairsPhrase } from "./chairs.js";
import { shownVenue } from "./conclusions-model.js";
import { attendanceText } from "./headcount.js";
import { audienceItems, audienceText } from "./audience.js";
import { DOCUMENT_KINDS, type KindModule } from "./registry.js";
import { parseEmphasis, plainSpans } from "./rich-text.js";
import type { Templates } from "./templates.js";
import { dayText, whenText } from "./when.js";
import { unitNameOf } from "../plan/walk.js";
import { registrationText } from "./registration-text.js";

/** The notice of a session the plan announces (`announcement`); asked for by name, a draft for every session with a fixed day. */
export const build: KindModule<"session">["build"] = ({ plan, session }, templates, asked) =>
  session.announcement || (asked && anchorOf(session).kind === "fixed") ? [{ part: session.id, model: sessionNoticeModel(plan, session, templates) }] : [];

/**
 * Thông báo tổ chức buổi đối thoại (or Giấy mời): its basis (the plan, by number and date), the
 * time and venue as known on the notice's date, the chairs with their titles, the content, who
 * takes part, each invited agency with what it prepares (its tasks for this session and their
 * deadlines), how citizens register, the press; signed as the office signs.
 */
export function sessionNoticeModel(plan: Plan, session: Session, templates: Templates): DocumentModel {
  const { wording, profile } = templates;
  const w = { ...wording.lists, ...wording["session-notice"] };
  const notice: SessionNotice = session.announcement ?? {};
  const issuer = notice.issuer ?? plan.issuer;
  const words = issuerWords(plan.issuer, wording);
  const nameOf = unitNameOf(plan);
  const body: Para[] = [];
  let n = 0;
  const item = (label: string, text: string) => body.push(para("body", [{ text: fill(profile.body.level2, { n: ++n }) + label, bold: true }, ...parseEmphasis(text)]));
  const bullet = (text: string) => body.push(para("body", [...plainSpans(profile.body.bullet), ...parseEmphasis(text)]));

  body.push(para("body", plainSpans(fill(w.opening, { plan: citationText(planCitation(plan, wording), wording, plan.issuer), body: words.body, head: words.head }))));

  const { day, time, venue } = scheduleOn(session, notice.date);
  item(w.time, day ? dayText(templates, day, time) + "." : whenText(templates, session.planned) + ".");
  item(w.venue, inSentence(shownVenue(venue, templates) ?? wording.missing.venue) + ".");
  const chairs = session.chairs ?? [];
  item(chairs.length > 1 ? w.coChairs : w.chair, (chairs.length ? chairsPhrase(chairs, day, w, wording.missing.unknown) : wording.missing.chairs) + ".");
  item(w.content, notice.content?.length ? "" : fill(w.contentTheme, { theme: inSentence(session.theme) }));
  for (const line of notice.content ?? []) bullet(line);

  // What is prepared: the plan's tasks for this session due by its day (those due after it, and the
  // conclusions' assignments, follow it up). Who is
  // invited: the plan's list, else every unit with work to prepare.
  const preparation = trackedTasks(plan, notice.date)
    .filter((t) => t.session === session.id && t.path[0] === "implementation")
    .map((t) => ({ ...t, deadline: t.due.kind === "fixed" ? t.due.day : undefined }))
    .filter((t) => !t.deadline || !day || t.deadline <= day);
  const invited = notice.invited ?? [...new Set(preparation.flatMap((t) => t.units))];
  item(w.participants, "");
  const audience = audienceText(session, wording);
  const a = session.attendance;
  // A plain number keeps the notice's own wording; the new shapes (hơn, hàng nghìn, đại biểu, parts) read from `lists`.
  const plain = a && typeof a.count === "number" && !a.qualifier && !a.delegates && !a.parts;
  const count = !a ? "" : plain ? fill(w.attendance, { count: a.count as number }) : fill(w.attendancePhrase, { attendance: attendanceText(a, wording.lists, wording.missing.unknown) });
  if (session.audienceGroups?.length) {
    // Groups each on their own line with their number, then the whole attendance: never two brackets in a row.
    for (const group of audienceItems(session, wording)) bullet(fill(w.audience, { audience: group }) + ".");
    if (a) bullet(fill(w.attendanceTotal, { attendance: attendanceText(a, wording.lists, wording.missing.unknown) }) + ".");
  } else if (audience) bullet(fill(w.audience, { audience }) + count + ".");
  if (invited.length) bullet(fill(w.invited, { agencies: joinList(invited.map(nameOf), w) }) + ".");

  if (preparation.length) {
    item(w.preparation, "");
    for (const id of invited) {
      for (const task of preparation.filter((t) => t.units.includes(id))) {
        const deadline = task.deadline ? fill(w.deadline, { date: bodyDate(task.deadline) }) : "";
        bullet(fill(w.task, { unit: nameOf(id), task: midSentence(inSentence(task.text)), deadline }));
      }
    }
  }
  if (notice.registration) item(w.registration, registrationText(notice.registration, w, wording.missing.unknown));
  if (notice.press?.length) item(w.press, fill(w.pressText, { press: joinList(notice.press, w) }));
  const invitation = notice.form === "invitation";
  body.push(para("body", parseEmphasis(notice.closing ?? (invitation ? w.closingInvitation : w.closing))));
  endContent(body, profile.body.contentEnding);

  const type = invitation ? "GM" : DOCUMENT_KINDS["session-notice"].symbol;
  const summary = notice.summary ?? fill(day ? (invitation ? w.summaryInvitation : w.summary) : w.summaryNoDate, { head: words.head, date: day ? bodyDate(day) : "", theme: midSentence(inSentence(session.theme)) });
  const recipients = notice.recipients ?? [...invited.map(nameOf), ...(notice.press ?? []), fill(wording.archive[familyOf(issuer)], words)];
  return {
    date: notice.date ?? day ?? `${plan.year}-01-01`,
    ...formalFrame(identityOf(plan, { ...notice, issuer }, type, summary, templates), templates),
    body,
    signatureLeft: recipientsColumn(templates, recipients),
    signatureRight: signatureColumn(notice.signature ?? officeSignature(plan, issuer, templates), templates),
  };
}

/**
 * The day, hour and venue as known on the notice's date: the last scheduling or move recorded by
 * then (with its own hour and venue), else the session's schedule, else its plan.
 */
function scheduleOn(session: Session, date: string | undefined): { day?: string; time?: string; venue?: string } {
  const anchor = anchorOf(session, date);
  const event = (session.history ?? []).filter((e) => (e.change === "scheduled" || e.change === "moved") && (!date || e.on <= date)).at(-1);
  const day = anchor.kind === "fixed" ? anchor.day : undefined;
  const scheduled = session.scheduled?.date === day ? session.scheduled : undefined;
  return {
    day,
    time: event?.to === day && event?.time ? event.time : (scheduled?.time ?? session.planned?.time),
    venue: (event?.to === day ? event?.venue : undefined) ?? scheduled?.venue ?? session.venue,
  };
}
