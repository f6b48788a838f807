import type { Plan, Session } from "../plan/types.gen.js";
import { anchorOf } from "../tracking/session-anchor.js";
import { plainText, trackedTasks } from "../tracking/tracked-tasks.js";
import type { Day } from "../tracking/day.js";
import { fill } from "../documents/formal.js";
import type { Wording } from "../documents/templates.js";

/** One calendar entry: a session (timed when it has a time) or a deadline (a whole day). */
export interface CalendarEvent {
  /** Stable across runs and edits of the text, so that importing again updates instead of duplicating. */
  uid: string;
  day: Day;
  time?: string;
  summary: string;
  description: string;
  location?: string;
}

export interface CalendarContent {
  events: CalendarEvent[];
  /** Sessions without an exact date yet, listed for the clerk instead. */
  unscheduled: { file: string; id: string }[];
}

const uidOf = (plan: Plan, ...parts: string[]) => `${[plan.year, plan.issuer.code, ...parts].join("-").toLowerCase()}@dialogue`;

function sessionTime(session: Session): { day: Day; time?: string } | undefined {
  const anchor = anchorOf(session);
  if (anchor.kind !== "fixed") return undefined;
  const time = session.status === "held" ? session.record?.start : (session.scheduled?.time ?? session.planned?.time);
  return { day: anchor.day, time };
}

/**
 * The sessions with a date and every fixed task deadline of the plans. Only plan data goes in:
 * nothing from the records' opinions, so no speaker's name or address ever reaches a calendar.
 */
export function calendarContent(plans: readonly { file: string; plan: Plan }[], wording: Wording): CalendarContent {
  const w = wording.calendar;
  const events: CalendarEvent[] = [];
  const unscheduled: CalendarContent["unscheduled"] = [];
  for (const { file, plan } of plans) {
    const units = new Map(plan.units.map((u) => [u.id, u.name]));
    for (const session of plan.sessions ?? []) {
      if (session.status === "cancelled") continue;
      const when = sessionTime(session);
      if (!when) {
        unscheduled.push({ file, id: session.id });
        continue;
      }
      events.push({
        uid: uidOf(plan, "session", session.id),
        ...when,
        summary: fill(w.session, { theme: plainText(session.theme) }),
        description: [session.audience && plainText(session.audience), session.attendance && fill(w.attendance, { count: session.attendance.count })].filter(Boolean).join("\n"),
        location: session.record?.venue ?? session.scheduled?.venue ?? session.venue,
      });
    }
    for (const task of trackedTasks(plan)) {
      if (task.due.kind !== "fixed" || task.progress.status === "cancelled") continue;
      const owners = task.units.map((id) => units.get(id) ?? id).join(", ");
      events.push({
        uid: uidOf(plan, "task", task.id, ...(task.perSession && task.session ? [task.session] : [])),
        day: task.due.day,
        summary: fill(w.deadline, { units: owners, text: task.text.length > 80 ? `${task.text.slice(0, 79)}…` : task.text }),
        description: `${task.id}${task.session ? ` (${task.session})` : ""}\n${task.text}`,
      });
    }
  }
  return { events, unscheduled };
}
