import type { DataPath, Issue } from "../../findings.js";
import { eachConclusionTask, eachTask, isObject, list } from "../../plan/walk.js";
import type { Progress } from "../../plan/types.gen.js";
import type { Rule } from "../rule.js";

/** A session's dates and reason agree with its status. */
export const sessionState: Rule = {
  name: "session-state",
  check: ({ plan }) =>
    list(plan.sessions).flatMap((session, i): Issue[] => {
      if (!isObject(session)) return [];
      const path = ["sessions", i];
      const issue = (code: Issue["code"], extra: Partial<Issue> = {}): Issue => ({ code, severity: "error", path, ...extra });
      const status = session.status ?? "planned";
      const issues: Issue[] = [];
      if (status === "held" && !session.heldOn) issues.push(issue("session-held-without-date", { path: [...path, "status"] }));
      if (status !== "held" && session.heldOn) issues.push(issue("session-date-without-held", { path: [...path, "heldOn"] }));
      if ((status === "postponed" || status === "cancelled") && !session.reason)
        issues.push(issue("session-needs-reason", { path: [...path, "status"], params: { status } }));
      if (status === "postponed" && !session.postponedTo) issues.push(issue("session-postponed-without-target", { path: [...path, "status"] }));
      if (status === "scheduled" && !session.scheduled) issues.push(issue("session-scheduled-without-date", { path: [...path, "status"] }));
      return issues;
    }),
};

function progressIssues(progress: Progress, path: DataPath): Issue[] {
  const issues: Issue[] = [];
  if (progress.status === "done" && !progress.completedOn)
    issues.push({ code: "task-done-without-date", severity: "error", path: [...path, "status"] });
  if (progress.status !== "done" && progress.completedOn)
    issues.push({ code: "task-date-without-done", severity: "error", path: [...path, "completedOn"] });
  return issues;
}

/** Tracked tasks have ids; completion dates agree with status; per-session progress only where it applies. */
export const taskState: Rule = {
  name: "task-state",
  check: ({ plan }) => {
    const issues: Issue[] = [];
    // A recurring session repeats a task like `session: all` does: one deadline per occurrence.
    const recurring = new Set(list(plan.sessions).flatMap((s) => (isObject(s) && list(s.recurrence).length ? [s.id] : [])));
    for (const { task, path, depth } of eachTask(plan)) {
      if (depth > 2) issues.push({ code: "task-too-deep", severity: "error", path });
      const tracked = task.deadline || task.status || task.completedOn || task.bySession;
      if (tracked && !task.id) issues.push({ code: "task-needs-id", severity: "error", path });
      const perSession = isObject(task.deadline) && (task.deadline.session === "all" || recurring.has(String(task.deadline.session)));
      if (task.bySession && !perSession) issues.push({ code: "task-progress-needs-all", severity: "error", path: [...path, "bySession"], atKey: true });
      if (perSession && (task.status || task.completedOn))
        issues.push({ code: "task-status-for-each-session", severity: "error", path: [...path, task.status ? "status" : "completedOn"] });
      issues.push(...progressIssues(task, path));
      if (isObject(task.bySession))
        for (const [id, progress] of Object.entries(task.bySession))
          if (isObject(progress)) issues.push(...progressIssues(progress, [...path, "bySession", id]));
    }
    for (const { task, path } of eachConclusionTask(plan)) issues.push(...progressIssues(task, path));
    return issues;
  },
};
