import type { Issue } from "../../findings.js";
import { isObject, list } from "../../plan/walk.js";
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
