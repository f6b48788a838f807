import type { Translate } from "../i18n/translate.js";
import type { DataPath } from "../findings.js";
import type { Plan, Progress } from "../plan/types.gen.js";
import { eachConclusionTask, eachTask } from "../plan/walk.js";
import { todayInVietnam } from "../dates/clerk-dates.js";
import { vietnameseDate } from "../tracking/day.js";
import { periodOccurrences } from "../tracking/deadline-kinds.js";
import { expandedSessions } from "../tracking/recurrence.js";
import { calendarOf } from "../tracking/tracked-tasks.js";
import { periodText } from "../present/period-text.js";
import type { TaskStatusValue } from "../tracking/states.js";
import { knownId, UsageError } from "./options.js";
import type { CommandResult } from "../result.js";
import { updatePlanFile } from "../edit/update-plan-file.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

export interface TaskOptions {
  on?: string;
  ref?: string;
  note?: string;
  session?: string;
  period?: string;
  stage?: string;
  /** The day a petition was received: a reply counted from receipt (afterReceipt) starts then. */
  receivedOn?: string;
  /** A complex case: the reply takes the ceiling (upTo). */
  complex?: boolean;
}

/**
 * `dialogue task <file> <id> <status>`: records progress in the file, touching only that task's
 * lines. `done` records the completion date; any other status takes back the completion date and
 * the evidence of completion (a mistaken `done` is undone by `open`), unless `--ref` gives new evidence.
 */
export async function taskCommand(
  file: string,
  id: string,
  status: TaskStatusValue,
  options: TaskOptions,
  t: Translate,
  now: Date,
): Promise<CommandResult> {
  const today = todayInVietnam(now);
  const on = options.on ?? today;
  // A completion still to come would be counted done while status keeps the task overdue.
  if (status === "done" && on > today) throw new UsageError("task-done-in-future", { file, id, dateVi: vietnameseDate(on), date: on, todayVi: vietnameseDate(today), today });
  const { ref, note } = options;
  return await updatePlanFile(
    file,
    (plan) => {
      const tasks = [...eachTask(plan), ...eachConclusionTask(plan)].filter((x) => x.task.id);
      knownId("kind-task", id, tasks.map((x) => x.task.id!), t);
      const { task, path } = tasks.find((x) => x.task.id === id)!;
      let at: DataPath = path;
      let progress: Progress = task;
      // A task repeated for every session keeps one slot per session, in the plan's order (below).
      let slots: Record<string, Progress> | undefined;
      let sessionOrder: string[] = [];
      // `session: all` repeats for every session, a recurring session's id for each of its occurrences.
      const series = task.deadline && "session" in task.deadline && task.deadline.session !== "all" ? occurrencesOf(plan, task.deadline.session) : [];
      if (task.deadline && "session" in task.deadline && (task.deadline.session === "all" || series.length)) {
        const sessions = series.length ? series : (plan.sessions ?? []).map((s) => s.id);
        if (!options.session) throw new UsageError("task-needs-session", { id, sessions: sessions.join(", ") });
        knownId("kind-session", options.session, sessions, t);
        at = [...path, "bySession", options.session];
        const bySession = "bySession" in task ? task.bySession : undefined;
        progress = bySession?.[options.session] ?? {};
        sessionOrder = sessions;
        if (!bySession) slots = Object.fromEntries(sessions.map((s) => [s, s === options.session ? {} : { status: "open" }]));
      } else if (options.session) throw new UsageError("task-not-per-session", { id });
      // A periodic deadline keeps one slot per period (byPeriod), a roadmap its progress in each stage.
      const deadline = task.deadline as { every?: "month" | "quarter"; day?: number; stages?: { id: string; on?: string; before?: string }[] } | undefined;
      if (deadline?.every) {
        const periods = periodOccurrences(deadline, plan.year).map((o) => o.period);
        if (!options.period) throw new UsageError("task-needs-period", { id, periods: periods.join(", ") });
        knownId("kind-period", options.period, periods, t);
        at = [...path, "byPeriod", options.period];
        progress = ("byPeriod" in task ? task.byPeriod?.[options.period] : undefined) ?? {};
      } else if (options.period) throw new UsageError("task-not-periodic", { id });
      if (deadline?.stages) {
        const stages = deadline.stages.map((stage) => stage.id);
        if (!options.stage) throw new UsageError("task-needs-stage", { id, stages: stages.join(", ") });
        knownId("kind-stage", options.stage, stages, t);
        const index = stages.indexOf(options.stage);
        at = [...path, "deadline", "stages", index];
        progress = deadline.stages[index] as Progress;
      } else if (options.stage) throw new UsageError("task-not-roadmap", { id });
      if ((options.receivedOn || options.complex) && !(task.deadline && "afterReceipt" in task.deadline && task.deadline.afterReceipt !== undefined))
        throw new UsageError("task-not-from-receipt", { id });

      const cleared = status === "done" ? [] : (["completedOn", "evidence"] as const).filter((key) => progress[key] !== undefined && !(key === "evidence" && ref));
      const state = t(`task-status-${status}`, { date: on, dateVi: vietnameseDate(on) });
      const occurrence = options.period ? t("status-period", { period: periodText(options.period, t) }) : options.stage ? t("status-stage", { id: options.stage }) : "";
      const said = { file, id, session: options.session ?? "", occurrence, state };
      const clearedText = cleared.length
        ? " " + t("task-cleared", { completedOn: progress.completedOn ?? "", completedOnVi: progress.completedOn ? vietnameseDate(progress.completedOn) : "", evidence: cleared.includes("evidence") ? progress.evidence ?? "" : "" })
        : "";
      return {
        change: (edit) => {
          // The first progress of a task for every session writes every session's slot, in order:
          // two clerks recording different sessions then change different lines, and git merges both.
          if (slots) for (const [session, slot] of Object.entries(slots)) edit.set([...path, "bySession", session], slot);
          if (sessionOrder.length) edit.orderKeys([...path, "bySession"], sessionOrder);
          edit.set([...at, "status"], status);
          if (status === "done") edit.set([...at, "completedOn"], on);
          for (const key of cleared) edit.remove([...at, key]);
          if (ref) edit.set([...at, "evidence"], ref);
          if (note) edit.append([...at, "notes"], { on, text: note });
          if (options.receivedOn) edit.set([...path, "deadline", "receivedOn"], options.receivedOn);
          if (options.complex) edit.set([...path, "deadline", "complex"], true);
        },
        done: t("task-updated", said) + clearedText + (options.receivedOn ? " " + t("task-received", { date: vietnameseDate(options.receivedOn) }) : ""),
        unchanged: t("task-unchanged", said),
      };
    },
    t,
  );
}

export const run = (args: ArgsOf<"task">, { t, now }: Pick<Context, "t" | "now">) => taskCommand(args.file, args.taskId, args.status, args, t, now);

/** The occurrences of a recurring session (`tiep-dan-2025-03`, …); none for a session of one day. */
const occurrencesOf = (plan: Plan, id: string | undefined): string[] =>
  id && plan.sessions?.some((s) => s.id === id && s.recurrence?.length) ? expandedSessions(plan, calendarOf(plan)).filter((s) => s.series === id).map((s) => s.id) : [];
