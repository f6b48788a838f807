import type { DataPath } from "../findings.js";
import type { Outcome, Plan, Progress, RoadmapStage as Stage, Session, Task } from "../plan/types.gen.js";
import { eachCarried, eachConclusionTask, eachTask } from "../plan/walk.js";
import type { Day } from "./day.js";
import { conclusionDueDay, dueDay, type Due } from "./deadline.js";
import { dayOfAbsolute, dueOf, periodOccurrences, type DeadlineFields } from "./deadline-kinds.js";
import { WorkCalendar } from "./work-calendar.js";
import { expandedSessions } from "./recurrence.js";

/** One deadline to keep: a plan task, or one session's share of a task that repeats for every session. */
export interface TrackedTask {
  id: string;
  path: DataPath;
  /** Units the task is assigned to (its owners). */
  units: string[];
  coordinating: string[];
  session: string | null;
  /** The recurring session an occurrence belongs to (`tiep-dan` for `tiep-dan-2025-03`). */
  series?: string;
  /** True for a task repeated for every session (`session: all`): one entry per session. */
  perSession: boolean;
  /** A periodic deadline's period (`2025-03`, `2025-q1`): one entry per period of the plan's year. */
  period?: string;
  /** A roadmap's stage (its id): one entry per stage, each with its own day and progress. */
  stage?: string;
  text: string;
  due: Due;
  progress: Progress;
  /** Where a conclusion's matter stands (replied is not resolved). */
  outcome?: Outcome;
}

/**
 * A task's text as one line without emphasis markers. Most texts are that already, and are kept as
 * they are; the whitespace of the rest is looked at only when it needs it (a status of a new day
 * does this for every task).
 */
export const plainText = (text: string) => {
  const unmarked = text.includes("*") ? text.replace(EMPHASIS, "$1") : text;
  return ODD_SPACE.test(unmarked) ? unmarked.replace(/\s+/g, " ").trim() : unmarked;
};
const EMPHASIS = /\*{1,2}([^*]+)\*{1,2}/g;
/** Two whitespace characters in a row, whitespace other than a space, or a space at either end. */
const ODD_SPACE = /\s\s|[^\S ]|^ | $/;

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
  const sessions = new Map(expandedSessions(plan, calendar).map((s) => [s.id, s]));
  const series = (id: string) => [...sessions.values()].filter((s) => s.series === id);
  const out: TrackedTask[] = [];
  for (const { task, path, assignment } of eachTask(plan)) {
    if (!task.id) continue;
    // Objects built whole, in one shape (no spreads): 10,000 tasks pass through here on every `status`.
    const { id, coordinating = [], deadline, status, completedOn, evidence, notes, completedBy } = task;
    const units = assignment.units;
    const text = plainText(task.text);
    const sessionId = deadline?.session;
    const repeated = sessionId === "all" ? [...sessions.values()] : sessionId && !sessions.has(sessionId) ? series(sessionId) : [];
    if (repeated.length) {
      for (const session of repeated)
        out.push({ id, path, units, coordinating, text, session: session.id, series: session.series, perSession: true, due: dueDay(deadline, session, calendar, asOf), progress: byDocument(completedBy, session, task.bySession?.[session.id] ?? {}) });
      continue;
    }
    if (deadline?.every) {
      for (const { period, day } of periodOccurrences(deadline as DeadlineFields, plan.year))
        out.push({ id, path, units, coordinating, text, session: null, series: undefined, perSession: false, period, due: { kind: "fixed", day }, progress: task.byPeriod?.[period] ?? {} });
      continue;
    }
    if (deadline?.stages) {
      out.push(...stageRows(deadline.stages, { id, path, units, coordinating, text, session: null }));
      continue;
    }
    const session: Session | undefined = sessionId ? sessions.get(sessionId) : undefined;
    const own = { status, completedOn, evidence, notes };
    out.push({ id, path, units, coordinating, text, session: sessionId ?? null, series: undefined, perSession: false, due: dueDay(deadline, session, calendar, asOf), progress: session ? byDocument(completedBy, session, own) : own });
  }
  for (const { task, path, session } of eachConclusionTask(plan)) {
    const { status, completedOn, evidence, notes } = task;
    if (task.deadline?.stages) {
      const rows = stageRows(task.deadline.stages, { id: task.id, path, units: [task.lead], coordinating: task.coordinating ?? [], text: plainText(task.text), session: session.id });
      out.push(...(task.outcome ? rows.map((row) => ({ ...row, outcome: task.outcome })) : rows));
      continue;
    }
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
      ...(task.outcome && { outcome: task.outcome }),
    });
  }
  for (const { task, path } of eachCarried(plan)) {
    const { status, completedOn, evidence } = task;
    out.push({
      id: task.id,
      path,
      units: [task.lead],
      coordinating: task.coordinating ?? [],
      text: plainText(task.text),
      session: null,
      perSession: false,
      due: dueOf(task.deadline as DeadlineFields | undefined, "carried", { calendar }),
      progress: { status, completedOn, evidence },
      ...(task.outcome && { outcome: task.outcome }),
    });
  }
  return out;
}

/**
 * A task done by a document (`completedBy`): the session's notice of conclusions (or its
 * announcement) with a date completes it that day, unless the clerk recorded its progress.
 */
function byDocument(completedBy: Task["completedBy"], session: Session, progress: Progress): Progress {
  if (!completedBy || progress.status === "done" || progress.status === "cancelled") return progress;
  const document = completedBy === "notice" ? session.record?.notice : session.announcement;
  if (!document?.date) return progress;
  const evidence = progress.evidence ?? (document.number ? `${completedBy === "notice" ? "Thông báo kết luận" : "Thông báo"} số ${document.number}` : undefined);
  return { ...progress, status: "done", completedOn: document.date, ...(evidence && { evidence }) };
}

/** A roadmap's stages as rows of their own: the task's text, then the stage's; each stage's day and progress. */
function stageRows(
  stages: readonly Stage[],
  task: Pick<TrackedTask, "id" | "path" | "units" | "coordinating" | "text" | "session">,
): TrackedTask[] {
  return stages.map((stage) => {
    const day = dayOfAbsolute(stage);
    const { status, completedOn, evidence } = stage;
    return {
      ...task,
      text: `${task.text.replace(/[\s.;,]+$/u, "")} — ${plainText(stage.text)}`,
      perSession: false,
      stage: stage.id,
      due: day ? { kind: "fixed", day } : { kind: "none" },
      progress: { status, completedOn, evidence },
    };
  });
}
