import type { PlannedTime, Session } from "../plan/types.gen.js";
import { dayOf, type Day } from "./day.js";

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

/** The day a session is (or was) held: actual date, else the scheduled date, else an exact planned date. */
export function anchorOf(session: Session): Anchor {
  const status = session.status ?? "planned";
  if (status === "cancelled") return { kind: "cancelled" };
  if (status === "held" && session.heldOn) return { kind: "fixed", day: session.heldOn };
  if (status === "postponed") {
    const to = session.postponedTo;
    return to?.date ? { kind: "fixed", day: to.date } : { kind: "pending", earliest: earliestDay(to) };
  }
  if (session.scheduled?.date) return { kind: "fixed", day: session.scheduled.date };
  if (session.planned?.date) return { kind: "fixed", day: session.planned.date };
  return { kind: "pending", earliest: earliestDay(session.planned) };
}
