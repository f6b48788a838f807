import { UsageError } from "../errors.js";
import type { PlannedTime, Session, SessionEvent } from "../plan/types.gen.js";
import { vietnameseDate } from "../tracking/day.js";

/** What the clerk says happened to a session (one at a time). */
export type SessionAction =
  | { kind: "date"; date: string; time?: string; venue?: string }
  | { kind: "held"; on: string }
  | { kind: "postpone"; to: PlannedTime; reason: string }
  | { kind: "cancel"; reason: string }
  | { kind: "undo-held" };

/** What it means for the session's fields, relative to the session. */
export interface SessionChange {
  set: [path: string[], value: string][];
  remove: string[][];
  /** A new history entry. */
  event?: SessionEvent;
  /** The history entry to take back (a mistaken "held"); `history` goes when it was the only one. */
  dropEvent?: number;
  outcome:
    | { kind: "scheduled"; date: string; time?: string }
    | { kind: "moved"; from: string; to: string }
    | { kind: "held"; date: string }
    | { kind: "held-corrected"; from: string; to: string }
    | { kind: "held-undone"; date?: string }
    | { kind: "postponed"; to: PlannedTime }
    | { kind: "cancelled" };
}

/**
 * The change an action makes to a session as it is now, or "unchanged" when the session already
 * says so. Fields that no longer hold go (a postponement's target and reason once a date is fixed
 * or the session held); a move records the date it moved from, an exact planned date included.
 * A held session's schedule is not changed: the clerk is pointed at the command that corrects a
 * mistaken record instead.
 */
export function sessionChange(session: Session, action: SessionAction, recordedOn: string, where: { file: string; id: string }): SessionChange | "unchanged" {
  const status = session.status ?? "planned";
  const stale = (["postponedTo", "reason"] as const).filter((key) => session[key] !== undefined).map((key) => [key]);
  if (status === "held" && action.kind !== "held" && action.kind !== "undo-held")
    throw new UsageError("session-already-held", { ...where, heldOn: session.heldOn ?? "", heldOnVi: session.heldOn ? vietnameseDate(session.heldOn) : "" });

  switch (action.kind) {
    case "date": {
      const { date, time, venue } = action;
      const s = session.scheduled;
      if (status === "scheduled" && s?.date === date && (time ?? s.time) === s.time && (venue ?? s.venue) === s.venue) return "unchanged";
      const from = knownDate(session);
      const set: [string[], string][] = [[["scheduled", "date"], date], [["status"], "scheduled"]];
      if (time) set.push([["scheduled", "time"], time]);
      if (venue) set.push([["scheduled", "venue"], venue]);
      const moved = from !== undefined && from !== date;
      return {
        set,
        remove: stale,
        event: moved ? { on: recordedOn, change: "moved", from, to: date } : { on: recordedOn, change: "scheduled", to: date },
        outcome: moved ? { kind: "moved", from, to: date } : { kind: "scheduled", date, time: time ?? (s?.date === date ? s.time : undefined) },
      };
    }
    case "held": {
      if (status === "held") {
        if (session.heldOn === action.on) return "unchanged";
        return { set: [[["heldOn"], action.on]], remove: [], outcome: { kind: "held-corrected", from: session.heldOn ?? "", to: action.on } };
      }
      return {
        set: [[["heldOn"], action.on], [["status"], "held"]],
        remove: stale,
        event: { on: recordedOn, change: "held" },
        outcome: { kind: "held", date: action.on },
      };
    }
    case "postpone": {
      const { to, reason } = action;
      if (status === "postponed" && sameTarget(session.postponedTo, to) && session.reason === reason) return "unchanged";
      const from = knownDate(session);
      const oldKinds = Object.keys(session.postponedTo ?? {}).filter((key) => !(key in to));
      return {
        set: [...Object.entries(to).map(([key, value]): [string[], string] => [["postponedTo", key], String(value)]), [["status"], "postponed"], [["reason"], reason]],
        remove: oldKinds.map((key) => ["postponedTo", key]),
        event: { on: recordedOn, change: "postponed", ...(from && { from }), ...(to.date && { to: to.date }), reason },
        outcome: { kind: "postponed", to },
      };
    }
    case "cancel": {
      if (status === "cancelled" && session.reason === action.reason) return "unchanged";
      return {
        set: [[["status"], "cancelled"], [["reason"], action.reason]],
        remove: session.postponedTo ? [["postponedTo"]] : [],
        event: { on: recordedOn, change: "cancelled", reason: action.reason },
        outcome: { kind: "cancelled" },
      };
    }
    case "undo-held": {
      if (status !== "held") return "unchanged";
      if (session.record) throw new UsageError("session-undo-has-record", where);
      const history = session.history ?? [];
      const last = history.map((e) => e.change).lastIndexOf("held");
      const date = session.scheduled?.date;
      return {
        set: [[["status"], date ? "scheduled" : "planned"]],
        remove: [["heldOn"], ...(last >= 0 && history.length === 1 ? [["history"]] : [])],
        dropEvent: last >= 0 && history.length > 1 ? last : undefined,
        outcome: { kind: "held-undone", date },
      };
    }
  }
}

/** The exact date the session was known to be on: its schedule, a postponement to a day, or an exact planned date. */
function knownDate(session: Session): string | undefined {
  const status = session.status ?? "planned";
  if (status === "scheduled") return session.scheduled?.date;
  if (status === "postponed") return session.postponedTo?.date;
  if (status === "planned") return session.planned?.date;
  return undefined;
}

const sameTarget = (a: PlannedTime | undefined, b: PlannedTime) => JSON.stringify(a ?? {}) === JSON.stringify(b);
