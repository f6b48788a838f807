import type { DataPath, Issue } from "../../findings.js";
import { eachString, isObject, list } from "../../plan/walk.js";
import { isUnknown } from "../../plan/unknown.js";
import type { Rule } from "../rule.js";

/** The fields that may be written `unknown` (the schema's anyOf with Unknown); the last key of the path. */
const MAY_BE_UNKNOWN = new Set(["name", "count", "venue", "citizens"]);
/** A cited document's number and date may be unknown too: where citations are (the rest is the schema's to refuse). */
const CITED_MAY_BE_UNKNOWN = new Set(["number", "date"]);
const CITATIONS = new Set(["references", "continues", "carriedOver"]);
const mayBeUnknown = (field: string, path: DataPath) =>
  MAY_BE_UNKNOWN.has(field) || (CITED_MAY_BE_UNKNOWN.has(field) && CITATIONS.has(String(path[0]))) || (field === "deadline" && path.at(-2) === "registration");

/** A value written as unknown is allowed, and reminded of: the document shows "(chưa xác định)" there. */
export const unknownValues: Rule = {
  name: "unknown-values",
  check: ({ plan }) => {
    const issues: Issue[] = [];
    for (const [value, path] of eachString(plan)) {
      const field = path.at(-1);
      if (isUnknown(value) && typeof field === "string" && mayBeUnknown(field, path)) issues.push({ code: "value-unknown", severity: "warning", path, params: { field } });
    }
    return issues;
  },
};

const has = (o: object, key: string) => (o as Record<string, unknown>)[key] !== undefined;

function chairIssues(chairs: unknown, at: DataPath): Issue[] {
  return list(chairs as unknown[]).flatMap((chair, i): Issue[] => {
    if (!isObject(chair)) return [];
    const person = has(chair, "name") || has(chair, "title");
    if (has(chair, "body") ? !person : person) return [];
    return [{ code: "chair-shape", severity: "error", path: [...at, i] }];
  });
}

/** A chair is a person (a name, a title, or both) or a collective body, not both and not neither. */
export const chairShape: Rule = {
  name: "chair-shape",
  check: ({ plan }) =>
    list(plan.sessions).flatMap((session, s) =>
      isObject(session) ? [...chairIssues(session.chairs, ["sessions", s, "chairs"]), ...(isObject(session.record) ? chairIssues(session.record.chairs, ["sessions", s, "record", "chairs"]) : [])] : [],
    ),
};

function headcountIssue(h: unknown, path: DataPath): Issue[] {
  if (!isObject(h)) return [];
  const q = (h as { qualifier?: unknown }).qualifier;
  return has(h, "count") || q === "hundreds" || q === "thousands" ? [] : [{ code: "headcount-needs-count", severity: "error", path }];
}

/** A number of people has a count (or unknown) unless it says "hàng trăm" or "hàng nghìn". */
export const headcountShape: Rule = {
  name: "headcount-shape",
  check: ({ plan }) =>
    list(plan.sessions).flatMap((session, s) => {
      if (!isObject(session) || !isObject(session.attendance)) return [];
      const a = session.attendance;
      const at = ["sessions", s, "attendance"];
      const own = a.delegates || a.parts ? (has(a, "count") || has(a, "qualifier") ? headcountIssue(a, at) : []) : headcountIssue(a, at);
      return [
        ...own,
        ...headcountIssue(a.delegates, [...at, "delegates"]),
        ...list(a.parts).flatMap((p, i) => headcountIssue(p, [...at, "parts", i])),
        ...list(session.audienceGroups).flatMap((g, i) => (isObject(g) ? headcountIssue(g.count, ["sessions", s, "audienceGroups", i, "count"]) : [])),
      ];
    }),
};
