import type { AssignmentDeadline, Deadline, Session } from "../plan/types.gen.js";
import { plusDays, type Day } from "./day.js";
import { anchorOf, type Anchor } from "./session-anchor.js";
import type { WorkCalendar } from "./work-calendar.js";

export type Due =
  | { kind: "none" }
  | { kind: "fixed"; day: Day }
  /**
   * Relative to a session (or a conclusions notice) whose date is not fixed yet: `awaits` says which,
   * `earliest` is the first day it could fall on.
   */
  | { kind: "awaiting"; awaits: "session" | "conclusions"; earliest: Day | undefined }
  | { kind: "cancelled" };

/**
 * The last day to do a task, as known on `asOf` (without it: from everything the plan records).
 * "on" (chậm nhất trong ngày D) is D itself; "before" (trước ngày D) is the day before D;
 * daysBefore/daysAfter count from the session's day known then, in calendar days or, with
 * workingDays, in working days.
 */
export function dueDay(deadline: Deadline | undefined, session: Session | undefined, calendar: WorkCalendar, asOf?: Day): Due {
  if (!deadline) return { kind: "none" };
  if (deadline.on) return { kind: "fixed", day: deadline.on };
  if (deadline.before) return { kind: "fixed", day: plusDays(deadline.before, -1) };
  const offset = deadline.daysBefore !== undefined ? -deadline.daysBefore : (deadline.daysAfter ?? 0);
  const move = (day: Day) => (deadline.workingDays ? calendar.shift(day, offset) : plusDays(day, offset));
  if (!session) return { kind: "none" };
  const anchor = sessionAnchor(session, asOf);
  if (anchor.kind === "cancelled") return { kind: "cancelled" };
  if (anchor.kind === "fixed") return { kind: "fixed", day: move(anchor.day) };
  return { kind: "awaiting", awaits: "session", earliest: anchor.earliest && move(anchor.earliest) };
}

/**
 * The last day of a conclusion's assignment: on/before as for plan tasks; daysAfter counts from
 * the notice's date. A notice dated after `asOf` is not issued yet on `asOf`: until it is, the
 * deadline awaits it, with the session's day as the earliest hint.
 */
export function conclusionDueDay(deadline: AssignmentDeadline | undefined, session: Session, calendar: WorkCalendar, asOf?: Day): Due {
  if (!deadline) return { kind: "none" };
  if (deadline.on) return { kind: "fixed", day: deadline.on };
  if (deadline.before) return { kind: "fixed", day: plusDays(deadline.before, -1) };
  const days = deadline.daysAfter ?? 0;
  const move = (day: Day) => (deadline.workingDays ? calendar.shift(day, days) : plusDays(day, days));
  const noticeDate = session.record?.notice?.date;
  if (noticeDate && (asOf === undefined || noticeDate <= asOf)) return { kind: "fixed", day: move(noticeDate) };
  const anchor = sessionAnchor(session, asOf);
  if (anchor.kind === "fixed") return { kind: "awaiting", awaits: "conclusions", earliest: move(anchor.day) };
  return { kind: "awaiting", awaits: "conclusions", earliest: anchor.kind === "pending" && anchor.earliest ? move(anchor.earliest) : undefined };
}

/** A session's day on `asOf`, worked out once per session: its tasks, hundreds of them, all ask. */
const anchors = new WeakMap<Session, { asOf: Day | undefined; anchor: Anchor }>();
function sessionAnchor(session: Session, asOf: Day | undefined): Anchor {
  const known = anchors.get(session);
  if (known && known.asOf === asOf) return known.anchor;
  const anchor = anchorOf(session, asOf);
  anchors.set(session, { asOf, anchor });
  return anchor;
}
