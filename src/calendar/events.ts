import type { Plan, Session } from "../plan/types.gen.js";
import { showControls } from "../control-characters.js";
import { anchorOf } from "../tracking/session-anchor.js";
import { calendarOf, plainText, trackedTasks, type TrackedTask } from "../tracking/tracked-tasks.js";
import { expandedSessions } from "../tracking/recurrence.js";
import { vietnameseDate, type Day } from "../tracking/day.js";
import { fill } from "../documents/formal.js";
import type { Wording } from "../documents/templates.js";
import { eventUids } from "./uid.js";
import { audienceText } from "../documents/audience.js";
import { attendanceText } from "../documents/headcount.js";
import { unitNameOf } from "../plan/walk.js";
import { known } from "../plan/unknown.js";

/** One calendar entry: a session (timed when it has a time) or a deadline (a whole day). */
export interface CalendarEvent {
  /** Stable across runs and edits of the text, so that importing again updates instead of duplicating. */
  uid: string;
  day: Day;
  time?: string;
  summary: string;
  description: string;
  location?: string;
  /** Grows with every recorded change, so that a calendar takes this version over the copy it holds. */
  sequence: number;
  /** Off the calendar now: kept, marked cancelled, so that a copy already imported is cancelled too. */
  cancelled: boolean;
  /** A session takes the time; a deadline only reminds, and leaves the day free. */
  busy: boolean;
}

export interface CalendarContent {
  events: CalendarEvent[];
  /** Sessions without an exact date yet, listed for the clerk instead. */
  unscheduled: { file: string; id: string }[];
}

/** What a calendar entry says about its state, in the clerk's terms (wording.md: đã hủy, hoãn, đã hoàn thành). */
const MARK = { cancelled: "[Đã hủy] ", postponed: "[Hoãn] ", done: "[Đã hoàn thành] " };

function sessionTime(session: Session): { day: Day; time?: string } | undefined {
  const anchor = anchorOf(session);
  if (anchor.kind !== "fixed") return undefined;
  const time = session.status === "held" ? session.record?.start : (session.scheduled?.time ?? session.planned?.time);
  return { day: anchor.day, time };
}

/** The last exact day a session had before it was cancelled or postponed to a period: where its event sits. */
function lastExactDay(session: Session): Day | undefined {
  return session.postponedTo?.date ?? session.scheduled?.date ?? session.planned?.date;
}

/** Cancelled, or postponed without a new date: a session whose event, if it had one, must be called off. */
const isOff = (session: Session) => session.status === "cancelled" || (session.status === "postponed" && !session.postponedTo?.date);

const offMark = (session: Session) => (session.status === "cancelled" ? MARK.cancelled : MARK.postponed);

/** A session off the calendar as it stood at its last exact day. */
const asLastScheduled = (session: Session): Session => {
  const day = lastExactDay(session);
  return day ? { ...session, status: "scheduled", postponedTo: undefined, scheduled: { ...session.scheduled, date: day } } : session;
};

/**
 * The sessions with a date and every fixed task deadline of the plans. An entry that had a date
 * and lost it (a cancelled session, one postponed to a month, their deadlines, a cancelled task)
 * stays at its last date, marked cancelled. Only plan data goes in: nothing from the records'
 * opinions, so no speaker's name or address ever reaches a calendar.
 */
export function calendarContent(plans: readonly { file: string; plan: Plan }[], wording: Wording): CalendarContent {
  const w = wording.calendar;
  const events: CalendarEvent[] = [];
  const unscheduled: CalendarContent["unscheduled"] = [];
  for (const { file, plan } of plans) {
    const unitName = unitNameOf(plan);
    const sessions = new Map(expandedSessions(plan, calendarOf(plan)).map((s) => [s.id, s]));
    const changes = (session: Session | undefined) => session?.history?.length ?? 0;
    const uid = eventUids(plan);
    for (const session of sessions.values()) {
      const when = sessionTime(session);
      if (!when && session.status !== "cancelled") unscheduled.push({ file, id: session.id });
      const at = when ?? (isOff(session) ? sessionTime(asLastScheduled(session)) : undefined);
      if (!at) continue;
      events.push({
        uid: uid("session", session.id),
        ...at,
        summary: (when ? "" : offMark(session)) + fill(w.session, { theme: plainText(session.theme) }),
        description: [plainText(audienceText(session, wording)), session.attendance && attendanceText(session.attendance, wording.lists, wording.missing.unknown)].filter(Boolean).join("\n"),
        location: known(session.record?.venue ?? session.scheduled?.venue ?? session.venue),
        sequence: changes(session),
        cancelled: !when,
        busy: true,
      });
    }

    // The day each deadline had while its session still had a date, for those that lost it.
    const before = new Map(trackedTasks({ ...plan, sessions: plan.sessions?.map((s) => (isOff(s) ? asLastScheduled(s) : s)) }).map((task) => [taskKey(task), task.due]));
    for (const task of trackedTasks(plan)) {
      const was = before.get(taskKey(task));
      const day = task.due.kind === "fixed" ? task.due.day : was?.kind === "fixed" ? was.day : undefined;
      if (!day) continue;
      const { status, completedOn, notes } = task.progress;
      const session = task.session ? sessions.get(task.session) : undefined;
      const cancelled = task.due.kind !== "fixed" || status === "cancelled";
      const owners = task.units.map((id) => unitName(id)).join(", ");
      const mark = task.due.kind !== "fixed" && session ? offMark(session) : cancelled ? MARK.cancelled : status === "done" ? MARK.done : "";
      events.push({
        uid: uid("task", task.id, task.perSession ? task.session : (task.period ?? task.stage ?? null)),
        day,
        summary: mark + fill(w.deadline, { units: owners, text: task.text.length > 80 ? `${task.text.slice(0, 79)}…` : task.text }),
        description: [`${task.id}${[task.session, task.period, task.stage].filter(Boolean).map((x) => ` (${x})`).join("")}`, task.text, status === "done" && completedOn ? `Đã hoàn thành ngày ${vietnameseDate(completedOn)}.` : ""]
          .filter(Boolean)
          .join("\n"),
        // The session's moves move the deadline; notes, completion and cancelling change the entry.
        sequence: changes(session) + (notes?.length ?? 0) + (completedOn ? 1 : 0) + (status === "cancelled" ? 1 : 0),
        cancelled,
        busy: false,
      });
    }
  }
  return { events: events.map(visible), unscheduled };
}

const taskKey = (task: TrackedTask) => `${task.path.join("/")}@${task.session ?? ""}#${task.period ?? task.stage ?? ""}`;

/** Calendar text cannot carry control characters (RFC 5545 TEXT); they are written out as `\x1b`. */
const visible = (event: CalendarEvent): CalendarEvent => ({
  ...event,
  summary: showControls(event.summary),
  description: showControls(event.description),
  location: event.location && showControls(event.location),
});
