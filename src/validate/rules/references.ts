import type { DataPath, Issue } from "../../findings.js";
import { eachCarried, eachConclusionTask, eachTask, isObject, list } from "../../plan/walk.js";
import { nearest } from "../closest.js";
import type { Rule } from "../rule.js";
import { sessionIds } from "../../tracking/recurrence.js";

/** Ids used to refer to units and sessions name ones the plan declares. */
export const knownReferences: Rule = {
  name: "known-references",
  check: ({ plan }) => {
    const units = new Set(list(plan.units).flatMap((u) => (isObject(u) && typeof u.id === "string" ? [u.id] : [])));
    const sessions = new Set(sessionIds(plan));
    const issues: Issue[] = [];
    const suggest = { "unknown-unit": nearest(units), "unknown-session": nearest(sessions) };
    const unknown = (code: "unknown-unit" | "unknown-session", known: Set<string>, id: unknown, path: DataPath, atKey = false) => {
      if (typeof id === "string" && !known.has(id))
        issues.push({ code, severity: "error", path, atKey, params: { id }, details: () => ({ suggestion: suggest[code](id) ?? "" }) });
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
    for (const { task, path } of eachCarried(plan)) {
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
      for (const [c, conclusion] of list(record.conclusions).entries()) if (isObject(conclusion)) unknown("unknown-unit", units, conclusion.by, [...at, "conclusions", c, "by"]);
    }
    return issues;
  },
};

/** About 50 ms of id comparisons: every typo of a real plan, and a bound for a hostile one. */
const NEAR_MISS_BUDGET = 1_000_000;

/** A declared unit that nothing refers to is probably a leftover or a typo elsewhere. */
export const unusedUnits: Rule = {
  name: "unused-units",
  check: ({ plan }) => {
    // Lists are concatenated, not spread into push(): a list of 200,000 ids overflows the stack.
    const referenced: unknown[] = [
      ...list(plan.implementation).flatMap((assignment) => (isObject(assignment) ? list(assignment.units) : [])),
      ...[...eachTask(plan)].flatMap(({ task }) => list(task.coordinating)),
      ...[...eachConclusionTask(plan), ...eachCarried(plan)].flatMap(({ task }) => [task.lead, ...list(task.coordinating)]),
      ...list(plan.sessions).flatMap((session) =>
        isObject(session) && isObject(session.record)
          ? [
              ...list(session.record.agencies),
              ...list(session.record.opinions).flatMap((o) => (isObject(o) ? list(o.answers).map((a) => isObject(a) && a.by) : [])),
              ...list(session.record.conclusions).map((c) => isObject(c) && c.by),
            ]
          : [],
      ),
    ];
    const declared = list(plan.units).flatMap((u) => (isObject(u) && typeof u.id === "string" ? [u.id] : []));
    const used = new Set(referenced);
    // A misspelt reference is reported once, by known-references, not again as an unused unit.
    // Each guess compares the reference with every unit, so only as many as the budget allows.
    const isDeclared = new Set(declared);
    const misspelt = new Set(referenced.filter((id): id is string => typeof id === "string" && !isDeclared.has(id)));
    const guess = nearest(declared);
    let comparisons = 0;
    for (const id of misspelt) {
      comparisons += declared.length;
      if (comparisons > NEAR_MISS_BUDGET) break;
      used.add(guess(id));
    }
    return list(plan.units).flatMap((unit, i): Issue[] =>
      isObject(unit) && typeof unit.id === "string" && !used.has(unit.id)
        ? [{ code: "unused-unit", severity: "warning", path: ["units", i, "id"], params: { id: unit.id } }]
        : [],
    );
  },
};
