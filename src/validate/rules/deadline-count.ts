import type { Issue } from "../../findings.js";
import { eachTask, isObject, list } from "../../plan/walk.js";
import type { Rule } from "../rule.js";

/**
 * A task with `session: all` has one deadline per session, and every report, calendar and edit
 * works through all of them: 250 such tasks and 4,000 sessions (a 300 KB file) made a million,
 * a 375 MB status report and a calendar that did not finish. A real plan has a few hundred.
 */
export const MAX_SESSION_DEADLINES = 10_000;

export const sessionDeadlineCount: Rule = {
  name: "session-deadline-count",
  check: ({ plan }) => {
    const sessions = list(plan.sessions).length;
    const perSession = [...eachTask(plan)].filter(({ task }) => isObject(task.deadline) && task.deadline.session === "all");
    const count = perSession.length * sessions;
    if (count <= MAX_SESSION_DEADLINES) return [];
    const issue: Issue = {
      code: "too-many-session-deadlines",
      severity: "error",
      path: [...perSession[0].path, "deadline", "session"],
      params: { tasks: perSession.length, sessions, count, limit: MAX_SESSION_DEADLINES },
    };
    return [issue];
  },
};
