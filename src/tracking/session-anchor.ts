import type { PlannedTime, Session, SessionEvent } from "../plan/types.gen.js";
import { compareCodeUnits, dayOf, type Day } from "./day.js";

/** What a session-relative deadline hangs on: a fixed day, a period not yet narrowed down, or nothing. */
export type Anchor =
  | { kind: "fixed"; day: Day }
  | { kind: "pending"; earliest: Day | undefined }
  | { kind: "cancelled" };

const PART_START: Record<string, number> = { early: 1, mid: 11, late: 21 };

/** The first day a planned time could be, for the "not before" hint of a pending deadline. */
export function earliestDay(planned: PlannedTime | undefined): Day | undefined {
  if (!planned) return undefined;
  if (planned.date) return planned.date;
  if (planned.alternatives?.length) return [...planned.alternatives].sort()[0];
  if (planned.month) {
    const [y, m] = planned.month.split("-").map(Number);
    return dayOf(y, m, PART_START[planned.part ?? "early"]);
  }
  if (planned.quarter) {
    const [y, q] = planned.quarter.split("-Q").map(Number);
    return dayOf(y, (q - 1) * 3 + 1, 1);
  }
  return undefined;
}

const fromPlanned = (planned: PlannedTime | undefined): Anchor =>
  planned?.date ? { kind: "fixed", day: planned.date } : { kind: "pending", earliest: earliestDay(planned) };

/**
 * The day a session is (or was) held as known on `asOf`. Its fields say the latest: the actual
 * date once held, else the scheduled date, else where it was put off to, else the planned time.
 * Its `history` says since when: on a day before the last entry, the session is as the entries
 * recorded by that day left it (before the first, as planned). A session without history is as
 * its fields say on every day, since nothing tells when they were decided. Without `asOf`: the
 * latest.
 */
export function anchorOf(session: Session, asOf?: Day): Anchor {
  const history = session.history ?? [];
  if (asOf === undefined || history.every((event) => event.on <= asOf)) return latestAnchor(session);
  return history
    .filter((event) => event.on <= asOf)
    .sort((a, b) => compareCodeUnits(a.on, b.on))
    .reduce((known, event) => afterEvent(known, event, session), fromPlanned(session.planned));
}

function latestAnchor(session: Session): Anchor {
  const status = session.status ?? "planned";
  if (status === "cancelled") return { kind: "cancelled" };
  if (status === "held" && session.heldOn) return { kind: "fixed", day: session.heldOn };
  if (status === "postponed") return fromPlanned(session.postponedTo);
  if (session.scheduled?.date) return { kind: "fixed", day: session.scheduled.date };
  return fromPlanned(session.planned);
}

/** One recorded change applied to what was known before it. A postponement's target is only kept as the latest (`postponedTo`). */
function afterEvent(known: Anchor, event: SessionEvent, session: Session): Anchor {
  switch (event.change) {
    case "scheduled":
    case "moved":
      return event.to ? { kind: "fixed", day: event.to } : known;
    case "postponed":
      return fromPlanned(session.postponedTo);
    case "cancelled":
      return { kind: "cancelled" };
    case "held":
      return session.heldOn ? { kind: "fixed", day: session.heldOn } : known;
  }
}
