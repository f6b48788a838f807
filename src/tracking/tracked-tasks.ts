import type { DataPath } from "../findings.js";
import type { Plan, Progress, Session } from "../plan/types.gen.js";
import { eachConclusionTask, eachTask } from "../plan/walk.js";
import type { Day } from "./day.js";
import { conclusionDueDay, dueDay, type Due } from "./deadline.js";
import { WorkCalendar } from "./work-calendar.js";

/** One deadline to keep: a plan task, or one session's share of a task that repeats for every session. */
export interface TrackedTask {
  id: string;
  path: DataPath;
  /** Units the task is assigned to (its owners). */
  units: string[];
  coordinating: string[];
  session: string | null;
  /** True for a task repeated for every session (`session: all`): one entry per session. */
  perSession: boolean;
  text: string;
  due: Due;
  progress: Progress;
}

/** A task's text as one line without emphasis markers. Most texts are that already, and are kept as they are. */
export const plainText = (text: string) =>
  NEEDS_PLAIN.test(text) ? text.replace(/\*{1,2}([^*]+)\*{1,2}/g, "$1").replace(/\s+/g, " ").trim() : text;
/** An emphasis marker, two whitespace characters in a row, whitespace other than a space, or a space at either end. */
const NEEDS_PLAIN = /\*|\s\s|[^\S ]|^ | $/;

export const calendarOf = (plan: Plan) =>
  new WorkCalendar({
    daysOff: plan.calendar?.daysOff?.map((d) => d.date),
    workingDays: plan.calendar?.workingDays?.map((d) => d.date),
  });

/**
 * Every task with an id, expanded per session where its deadline says `session: all`, then every
 * assignment of the sessions' conclusions (owned by its lead unit); deadlines as known on `asOf`
 * (without it: from everything the plan records).
 */
export function trackedTasks(plan: Plan, asOf?: Day): TrackedTask[] {
  const calendar = calendarOf(plan);
  const sessions = new Map((plan.sessions ?? []).map((s) => [s.id, s]));
  const out: TrackedTask[] = [];
  for (const { task, path, assignment } of eachTask(plan)) {
    if (!task.id) continue;
    // Objects built whole, in one shape (no spreads): 10,000 tasks pass through here on every `status`.
    const { id, coordinating = [], deadline, status, completedOn, evidence, notes } = task;
    const units = assignment.units;
    const text = plainText(task.text);
    const sessionId = deadline?.session;
    if (sessionId === "all") {
      for (const session of sessions.values())
        out.push({ id, path, units, coordinating, text, session: session.id, perSession: true, due: dueDay(deadline, session, calendar, asOf), progress: task.bySession?.[session.id] ?? {} });
      continue;
    }
    const session: Session | undefined = sessionId ? sessions.get(sessionId) : undefined;
    out.push({ id, path, units, coordinating, text, session: sessionId ?? null, perSession: false, due: dueDay(deadline, session, calendar, asOf), progress: { status, completedOn, evidence, notes } });
  }
  for (const { task, path, session } of eachConclusionTask(plan)) {
    const { status, completedOn, evidence, notes } = task;
    out.push({
      id: task.id,
      path,
      units: [task.lead],
      coordinating: task.coordinating ?? [],
      text: plainText(task.text),
      session: session.id,
      perSession: false,
      due: conclusionDueDay(task.deadline, session, calendar, asOf),
      progress: { status, completedOn, evidence, notes },
    });
  }
  return out;
}
