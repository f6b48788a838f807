import type { Plan, Session, SessionEvent } from "../plan/types.gen.js";
import { anchorOf } from "../tracking/session-anchor.js";
import { plusDays } from "../tracking/day.js";
import { citationText, planCitation } from "./citation.js";
import { fill } from "./formal.js";
import { formalFrame, identityOf, officeSignature, para, recipientsColumn, signatureColumn } from "./frame.js";
import { issuerWords } from "./issuer.js";
import type { DocumentModel, Para } from "./model.js";
import { endContent } from "./plan-model.js";
import { capitalized, inSentence, midSentence } from "./record-text.js";
import { DOCUMENT_KINDS, type KindModule } from "./registry.js";
import { parseEmphasis } from "./rich-text.js";
import type { Templates } from "./templates.js";
import { dayText, whenText } from "./when.js";

/** The changes a notice announces. */
const ANNOUNCED = new Set<SessionEvent["change"]>(["moved", "postponed", "cancelled"]);

/**
 * A notice for each change of a session's date the plan records with its `notice` (number, date,
 * signer); asked for by name (`--only change-notice`), also a draft for each change without one.
 */
export const build: KindModule<"session">["build"] = ({ plan, session }, templates, asked) => {
  const changes = (session.history ?? []).filter((event) => ANNOUNCED.has(event.change) && (asked || event.notice));
  return changes.map((event) => {
    const sameDay = changes.filter((e) => e.on === event.on);
    const part = `${session.id}-${event.on}${sameDay.length > 1 ? `-${sameDay.indexOf(event) + 1}` : ""}`;
    return { part, model: changeNoticeModel(plan, session, event, templates) };
  });
};

/**
 * Thông báo thay đổi thời gian / tạm hoãn / hủy buổi đối thoại: what was announced (the plan or
 * the session's notice, by number and date) and for when; why it changes; the new day and venue,
 * the time it is put off to or "sẽ thông báo sau", or that it is cancelled; what becomes of the
 * citizens who registered; signed as the office signs by order of the committee.
 */
export function changeNoticeModel(plan: Plan, session: Session, event: SessionEvent, templates: Templates): DocumentModel {
  const { wording } = templates;
  const w = { ...wording.lists, ...wording["change-notice"] };
  const notice = event.notice ?? {};
  const issuer = notice.issuer ?? plan.issuer;
  const words = issuerWords(plan.issuer, wording);
  const body: Para[] = [];
  const sentence = (text: string) => body.push(para("body", parseEmphasis(capitalized(text))));
  const kind = event.change as "moved" | "postponed" | "cancelled";

  const announced = session.announcement?.date && session.announcement.date <= event.on ? session.announcement : undefined;
  const cited = announced
    ? citationText({ kind: announced.form === "invitation" ? "GM" : "TB", number: announced.number, ...(announced.symbol !== undefined && { symbol: announced.symbol }), date: announced.date, issuer: issuerWords(announced.issuer ?? plan.issuer, wording).body }, wording, announced.issuer ?? plan.issuer)
    : citationText(planCitation(plan, wording), wording, plan.issuer);
  const before = previousTime(session, event, templates);
  const venue = previousVenue(session, event);
  sentence(fill(venue ? w.announced : w.announcedNoVenue, { cited, head: words.head, theme: inSentence(session.theme), time: before, venue: venue ? inSentence(venue) : "" }));

  const reason = event.reason ? fill(w.reason, { reason: midSentence(inSentence(event.reason)) }) : "";
  if (kind === "moved") {
    const to = event.to ? dayText(templates, event.to, event.time ?? (event.to === session.scheduled?.date ? session.scheduled?.time : undefined)) : wording.when.unknown;
    const newVenue = event.venue ?? (event.to === session.scheduled?.date ? session.scheduled?.venue : undefined);
    sentence(fill(newVenue ? w.movedVenue : w.moved, { reason, time: to, venue: newVenue ? inSentence(newVenue) : "" }));
  } else if (kind === "postponed") {
    const target = session.postponedTo;
    sentence(fill(target ? w.postponedTo : w.postponed, { reason, time: target ? whenText(templates, target) : "" }));
  } else sentence(fill(w.cancelled, { reason }));
  sentence(event.registered ?? w[`registered${kind[0].toUpperCase()}${kind.slice(1)}`]);
  sentence(notice.closing ?? fill(w.closing, words));
  endContent(body, templates.profile.body.contentEnding);

  const summary = notice.summary ?? fill(w[`summary${kind[0].toUpperCase()}${kind.slice(1)}`], { head: words.head });
  return {
    date: notice.date ?? event.on,
    ...formalFrame(identityOf(plan, { ...notice, issuer }, DOCUMENT_KINDS["change-notice"].symbol, summary, templates), templates),
    body,
    signatureLeft: recipientsColumn(templates, notice.recipients?.length ? notice.recipients : [wording.missing.recipients]),
    signatureRight: signatureColumn(notice.signature ?? officeSignature(plan, issuer, templates), templates),
  };
}

/** When the session was to be held before this change: the day it moves from, else the day (or time) known the day before. */
function previousTime(session: Session, event: SessionEvent, templates: Templates): string {
  if (event.change === "moved" && event.from) return dayText(templates, event.from, session.scheduled?.time);
  const known = anchorOf(session, plusDays(event.on, -1));
  const time = session.scheduled?.time ?? session.planned?.time;
  if (known.kind === "fixed") return dayText(templates, known.day, time);
  // A history that does not reach back (a cancelled session's fields say only "cancelled"): its scheduled day, else its plan.
  return session.scheduled?.date ? dayText(templates, session.scheduled.date, time) : whenText(templates, session.planned);
}

/** The venue announced before the change: the last one recorded earlier in the history, else the scheduled or planned one. */
function previousVenue(session: Session, event: SessionEvent): string | undefined {
  const earlier = (session.history ?? []).filter((e) => e.on < event.on && e.venue);
  return earlier.at(-1)?.venue ?? session.scheduled?.venue ?? session.venue;
}
