import type { DataPath, Issue } from "../../findings.js";
import { eachConclusionTask, eachTask, isObject, list } from "../../plan/walk.js";
import { closest } from "../closest.js";
import type { Rule } from "../rule.js";

/** Ids used to refer to units and sessions name ones the plan declares. */
export const knownReferences: Rule = {
  name: "known-references",
  check: ({ plan }) => {
    const units = new Set(list(plan.units).flatMap((u) => (isObject(u) && typeof u.id === "string" ? [u.id] : [])));
    const sessions = new Set(list(plan.sessions).flatMap((s) => (isObject(s) && typeof s.id === "string" ? [s.id] : [])));
    const issues: Issue[] = [];
    const unknown = (code: "unknown-unit" | "unknown-session", known: Set<string>, id: unknown, path: DataPath, atKey = false) => {
      if (typeof id === "string" && !known.has(id))
        issues.push({ code, severity: "error", path, atKey, params: { id, suggestion: closest(id, known) ?? "" } });
    };

    for (const [a, assignment] of list(plan.implementation).entries()) {
      if (!isObject(assignment)) continue;
      for (const [u, id] of list(assignment.units).entries()) unknown("unknown-unit", units, id, ["implementation", a, "units", u]);
    }
    for (const { task, path } of eachTask(plan)) {
      for (const [c, id] of list(task.coordinating).entries()) unknown("unknown-unit", units, id, [...path, "coordinating", c]);
      const session = isObject(task.deadline) ? task.deadline.session : undefined;
      if (session !== "all") unknown("unknown-session", sessions, session, [...path, "deadline", "session"]);
      if (isObject(task.bySession))
        for (const id of Object.keys(task.bySession)) unknown("unknown-session", sessions, id, [...path, "bySession", id], true);
    }
    for (const { task, path } of eachConclusionTask(plan)) {
      unknown("unknown-unit", units, task.lead, [...path, "lead"]);
      for (const [c, id] of list(task.coordinating).entries()) unknown("unknown-unit", units, id, [...path, "coordinating", c]);
    }
    for (const [s, session] of list(plan.sessions).entries()) {
      const record = isObject(session) && isObject(session.record) ? session.record : undefined;
      if (!record) continue;
      const at = ["sessions", s, "record"];
      for (const [a, id] of list(record.agencies).entries()) unknown("unknown-unit", units, id, [...at, "agencies", a]);
      for (const [o, opinion] of list(record.opinions).entries())
        for (const [r, answer] of list(isObject(opinion) ? opinion.answers : undefined).entries())
          if (isObject(answer)) unknown("unknown-unit", units, answer.by, [...at, "opinions", o, "answers", r, "by"]);
    }
    return issues;
  },
};

/** A declared unit that nothing refers to is probably a leftover or a typo elsewhere. */
export const unusedUnits: Rule = {
  name: "unused-units",
  check: ({ plan }) => {
    const referenced: unknown[] = [];
    for (const assignment of list(plan.implementation)) if (isObject(assignment)) referenced.push(...list(assignment.units));
    for (const { task } of eachTask(plan)) referenced.push(...list(task.coordinating));
    for (const { task } of eachConclusionTask(plan)) referenced.push(task.lead, ...list(task.coordinating));
    for (const session of list(plan.sessions))
      if (isObject(session) && isObject(session.record)) {
        referenced.push(...list(session.record.agencies));
        for (const opinion of list(session.record.opinions)) if (isObject(opinion)) referenced.push(...list(opinion.answers).map((a) => isObject(a) && a.by));
      }
    const declared = list(plan.units).flatMap((u) => (isObject(u) && typeof u.id === "string" ? [u.id] : []));
    // A misspelt reference is reported once, by known-references, not again as an unused unit.
    const used = new Set(referenced.map((id) => (typeof id === "string" && !declared.includes(id) ? closest(id, declared) : id)));
    return list(plan.units).flatMap((unit, i): Issue[] =>
      isObject(unit) && typeof unit.id === "string" && !used.has(unit.id)
        ? [{ code: "unused-unit", severity: "warning", path: ["units", i, "id"], params: { id: unit.id } }]
        : [],
    );
  },
};
