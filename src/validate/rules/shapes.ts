import type { DataPath, Issue } from "../../findings.js";
import { isObject, list } from "../../plan/walk.js";
import type { Rule } from "../rule.js";

const has = (o: object, key: string) => (o as Record<string, unknown>)[key] !== undefined;
const countOf = (o: object, keys: string[]) => keys.filter((k) => has(o, k)).length;

function plannedTimeIssues(planned: unknown, path: DataPath): Issue[] {
  if (!isObject(planned)) return [];
  const issues: Issue[] = [];
  if (countOf(planned, ["date", "month", "quarter", "alternatives"]) !== 1)
    issues.push({ code: "planned-time-shape", severity: "error", path });
  if (has(planned, "time") && !has(planned, "date"))
    issues.push({ code: "planned-time-orphan", severity: "error", path: [...path, "time"], atKey: true, params: { field: "time", needs: "date" } });
  if (has(planned, "part") && !has(planned, "month"))
    issues.push({ code: "planned-time-orphan", severity: "error", path: [...path, "part"], atKey: true, params: { field: "part", needs: "month" } });
  return issues;
}

/** A planned time is given one way only: a date, a month, a quarter, or alternative dates. */
export const plannedTimeShape: Rule = {
  name: "planned-time-shape",
  check: ({ plan }) =>
    list(plan.sessions).flatMap((session, i) =>
      isObject(session)
        ? [
            ...plannedTimeIssues(session.planned, ["sessions", i, "planned"]),
            ...plannedTimeIssues(session.postponedTo, ["sessions", i, "postponedTo"]),
          ]
        : [],
    ),
};
