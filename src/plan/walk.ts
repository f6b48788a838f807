import type { DataPath } from "../findings.js";
import type { Assignment, CarriedAssignment, ConclusionTask, Plan, Session, Task } from "./types.gen.js";

/** Tolerates data that failed the schema: anything that is not an array reads as empty. */
export function list<T>(value: T[] | undefined | null): T[] {
  return Array.isArray(value) ? value : [];
}

/** A map in the data (not an array, not null); keeps the declared type where there is one. */
/** A unit's name by its id, as the plan declares it; an unknown id (already a validation error) is shown as it is. */
export function unitNameOf(plan: Pick<Plan, "units">): (id: string) => string {
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  return (id) => names.get(id) ?? id;
}

export function isObject<T>(value: T): value is NonNullable<T> & object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface TaskAt {
  task: Task;
  path: DataPath;
  assignment: Assignment;
  /** 1 for a "-" task, 2 for a "+" sub-item, 3+ for nesting the format does not allow. */
  depth: number;
}

/** Every task of the plan's "Tổ chức thực hiện", in document order, sub-items after their parent. */
export function* eachTask(plan: Plan): Generator<TaskAt> {
  for (const [a, assignment] of list(plan.implementation).entries()) {
    if (!isObject(assignment)) continue;
    yield* walkTasks(list(assignment.tasks), ["implementation", a, "tasks"], assignment, 1);
  }
}

function* walkTasks(tasks: Task[], base: DataPath, assignment: Assignment, depth: number): Generator<TaskAt> {
  for (const [i, task] of tasks.entries()) {
    if (!isObject(task)) continue;
    const path = [...base, i];
    yield { task, path, assignment, depth };
    yield* walkTasks(list(task.items), [...path, "items"], assignment, depth + 1);
  }
}

/**
 * Every string value in the data with its path (for checks that look at all dates or texts).
 * One generator over a stack of blocks: nested generators cost a step per level for every string
 * (500,000 texts 60 levels down took seconds per check).
 */
export function* eachString(value: unknown, path: DataPath = []): Generator<[string, DataPath]> {
  if (typeof value === "string") return yield [value, path];
  if (path.length || typeof value !== "object" || value === null) return yield* walkStrings(value, path);
  // Five checks look at every text of the same plan: the walk is made once (100,000 fields took
  // half a second of walking each time). Data read from a plan is never changed once checked.
  let strings = stringsOf.get(value);
  if (!strings) stringsOf.set(value, (strings = [...walkStrings(value, path)]));
  yield* strings;
}

const stringsOf = new WeakMap<object, [string, DataPath][]>();

function* walkStrings(value: unknown, path: DataPath): Generator<[string, DataPath]> {
  const blocks: { value: Record<string | number, unknown>; keys: (string | number)[]; next: number; path: DataPath }[] = [];
  const enter = (child: unknown, at: DataPath) => {
    if (Array.isArray(child)) blocks.push({ value: child as never, keys: child.map((_, i) => i), next: 0, path: at });
    else if (isObject(child)) blocks.push({ value: child as Record<string, unknown>, keys: Object.keys(child), next: 0, path: at });
  };
  enter(value, path);
  while (blocks.length) {
    const block = blocks[blocks.length - 1];
    if (block.next === block.keys.length) {
      blocks.pop();
      continue;
    }
    const key = block.keys[block.next++];
    const child = block.value[key];
    // A number or a date needs no path: 100,000 of them made as many arrays for each of five checks.
    if (typeof child === "string") yield [child, [...block.path, key]];
    else if (typeof child === "object" && child !== null) enter(child, [...block.path, key]);
  }
}

export interface ConclusionTaskAt {
  task: ConclusionTask;
  path: DataPath;
  session: Session;
}

/** Every assignment of every session's conclusions (the follow-up work after a dialogue). */
export function* eachConclusionTask(plan: Plan): Generator<ConclusionTaskAt> {
  for (const [s, session] of list(plan.sessions).entries()) {
    if (!isObject(session) || !isObject(session.record)) continue;
    for (const [i, task] of list(session.record.assignments).entries())
      if (isObject(task)) yield { task, path: ["sessions", s, "record", "assignments", i], session };
  }
}

export interface CarriedAt {
  task: CarriedAssignment;
  path: DataPath;
}

/** Every assignment carried over from last year's conclusions (followed up this year). */
export function* eachCarried(plan: Plan): Generator<CarriedAt> {
  for (const [i, task] of list(plan.carriedOver).entries()) if (isObject(task)) yield { task, path: ["carriedOver", i] };
}
