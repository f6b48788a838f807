import type { Issue } from "../../findings.js";
import { eachConclusionTask, isObject, list } from "../../plan/walk.js";
import type { Rule } from "../rule.js";

/** A record belongs to a session that took place; its opinions are numbered once each. */
export const sessionRecords: Rule = {
  name: "session-records",
  check: ({ plan, locate }) => {
    const issues: Issue[] = [];
    for (const [s, session] of list(plan.sessions).entries()) {
      if (!isObject(session) || !isObject(session.record)) continue;
      const at = ["sessions", s, "record"];
      if ((session.status ?? "planned") !== "held") issues.push({ code: "record-session-not-held", severity: "error", path: at, atKey: true, params: { id: String(session.id) } });
      const seen = new Map<number, number>();
      for (const [o, opinion] of list(session.record.opinions).entries()) {
        if (!isObject(opinion) || typeof opinion.number !== "number") continue;
        const first = seen.get(opinion.number);
        if (first === undefined) seen.set(opinion.number, o);
        else
          issues.push({
            code: "duplicate-opinion-number",
            severity: "error",
            path: [...at, "opinions", o, "number"],
            params: { number: opinion.number, firstLine: locate([...at, "opinions", first, "number"]).line },
          });
      }
    }
    return issues;
  },
};

/** A conclusion's deadline is one of on, before or daysAfter; workingDays only counts daysAfter. */
export const conclusionDeadlineShape: Rule = {
  name: "conclusion-deadline-shape",
  check: ({ plan }) => {
    const issues: Issue[] = [];
    for (const { task, path } of eachConclusionTask(plan)) {
      const d = task.deadline;
      if (!isObject(d)) continue;
      const kinds = ["on", "before", "daysAfter"].filter((k) => d[k as keyof typeof d] !== undefined).length;
      if (kinds !== 1) issues.push({ code: "conclusion-deadline-shape", severity: "error", path: [...path, "deadline"] });
      else if (d.workingDays !== undefined && d.daysAfter === undefined) issues.push({ code: "deadline-session-orphan", severity: "error", path: [...path, "deadline"] });
    }
    return issues;
  },
};
