import type { DataPath, Issue } from "../../findings.js";
import { eachCarried, eachConclusionTask, eachTask, isObject, list } from "../../plan/walk.js";
import { fieldsOf, kindsOf, type DeadlineHost } from "../../tracking/deadline-kinds.js";
import type { Rule } from "../rule.js";

const has = (o: object, key: string) => (o as Record<string, unknown>)[key] !== undefined;
const listed = (names: readonly string[]) => names.join(", ");

/** One deadline checked against the table: one kind, its required fields, no field of another kind. */
function deadlineIssues(deadline: Record<string, unknown>, host: DeadlineHost, at: DataPath): Issue[] {
  const kinds = kindsOf(host);
  const present = kinds.filter((k) => has(deadline, k.key));
  if (present.length !== 1) return [{ code: "deadline-shape", severity: "error", path: at, params: { choices: listed([...new Set(kinds.map((k) => k.key))]) } }];
  const kind = present[0];
  const issues: Issue[] = [];
  for (const field of kind.fields)
    if (field.required && !has(deadline, field.name))
      issues.push(field.name === "session" ? { code: "deadline-needs-session", severity: "error", path: at } : { code: "deadline-needs-field", severity: "error", path: at, params: { field: field.name, key: kind.key } });
  const own = new Set<string>([kind.key, ...kind.fields.map((f) => f.name)]);
  for (const field of fieldsOf(host))
    if (!own.has(field) && has(deadline, field)) {
      const takers = kinds.filter((k) => k.fields.some((f) => f.name === field)).map((k) => k.key);
      issues.push({ code: "deadline-field-orphan", severity: "error", path: [...at, field], atKey: true, params: { field, keys: listed([...new Set(takers)]) } });
    }
  if (kind.key === "afterReceipt") issues.push(...ceilingIssues(deadline, at));
  if (kind.key === "stages") issues.push(...stageIssues(deadline.stages, [...at, "stages"]));
  return issues;
}

/** A ceiling is at least the ordinary count; a complex case needs one. */
function ceilingIssues(deadline: Record<string, unknown>, at: DataPath): Issue[] {
  const { afterReceipt, upTo, complex } = deadline;
  if (typeof upTo === "number" && typeof afterReceipt === "number" && upTo < afterReceipt)
    return [{ code: "deadline-ceiling", severity: "error", path: [...at, "upTo"], params: { upTo, afterReceipt } }];
  if (complex === true && upTo === undefined) return [{ code: "deadline-needs-field", severity: "error", path: [...at, "complex"], atKey: true, params: { field: "upTo", key: "complex" } }];
  return [];
}

/** Each stage of a roadmap has one day (on or before) and an id of its own. */
function stageIssues(stages: unknown, at: DataPath): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  for (const [i, stage] of list(stages as unknown[]).entries()) {
    if (!isObject(stage)) continue;
    if (Number(has(stage, "on")) + Number(has(stage, "before")) !== 1) issues.push({ code: "deadline-shape", severity: "error", path: [...at, i], params: { choices: "on, before" } });
    const id = (stage as Record<string, unknown>).id;
    if (typeof id !== "string") continue;
    if (seen.has(id)) issues.push({ code: "duplicate-stage-id", severity: "error", path: [...at, i, "id"], params: { id, first: seen.get(id)! + 1 } });
    else seen.set(id, i);
  }
  return issues;
}

/**
 * A task of one row per period or per stage keeps its progress there: a status of its own would
 * be counted nowhere.
 */
function ownProgressIssues(task: { deadline?: unknown; status?: unknown; completedOn?: unknown }, path: DataPath): Issue[] {
  if (!isObject(task.deadline) || (task.status === undefined && task.completedOn === undefined)) return [];
  const where = has(task.deadline, "every") ? "byPeriod.<kỳ>" : has(task.deadline, "stages") ? "deadline.stages[…].status" : undefined;
  return where ? [{ code: "task-status-per-occurrence", severity: "error", path: [...path, task.status !== undefined ? "status" : "completedOn"], atKey: true, params: { where } }] : [];
}

/**
 * Every deadline — of a plan task, of a conclusion's assignment, of last year's carried
 * assignment — is one kind of the table (src/tracking/deadline-kinds.ts), written with that
 * kind's fields only. Progress per period goes with a periodic deadline only.
 */
export const deadlineShape: Rule = {
  name: "deadline-shape",
  check: ({ plan }) => {
    const issues: Issue[] = [];
    const each = (host: DeadlineHost, task: { deadline?: unknown }, path: DataPath) => {
      if (isObject(task.deadline)) issues.push(...deadlineIssues(task.deadline as Record<string, unknown>, host, [...path, "deadline"]));
    };
    for (const { task, path } of eachTask(plan)) {
      each("task", task, path);
      issues.push(...ownProgressIssues(task, path));
      if (task.byPeriod !== undefined && !(isObject(task.deadline) && has(task.deadline, "every")))
        issues.push({ code: "deadline-field-orphan", severity: "error", path: [...path, "byPeriod"], atKey: true, params: { field: "byPeriod", keys: "every" } });
    }
    for (const { task, path } of eachConclusionTask(plan)) {
      each("assignment", task, path);
      issues.push(...ownProgressIssues(task, path));
    }
    for (const { task, path } of eachCarried(plan)) each("carried", task, path);
    return issues;
  },
};
