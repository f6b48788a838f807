import type { Outcome, Plan, Progress } from "../plan/types.gen.js";
import type { AwaitedEvent } from "./deadline-kinds.js";
import { compareCodeUnits, type Day } from "./day.js";
import type { Period } from "./period.js";
import type { TaskState, TaskStatusValue } from "./states.js";
import { stateOf } from "./task-state.js";
import { trackedTasks } from "./tracked-tasks.js";

export interface StatusInput {
  file: string;
  plan: Plan;
  /** Line of a data path in that file, for pointing a clerk at the task. */
  lineOf: (path: readonly (string | number)[]) => number;
  /** The plan's rows on the report's day, when already known (planRows). */
  rows?: StatusTask[];
}

export interface StatusFilters {
  unit?: string;
  session?: string;
  state?: TaskState;
  /** Window for due_soon; when given, only tasks not done and due by asOf + N are kept. */
  dueWithin?: number;
  period?: Period;
}

/** One row of `dialogue status --format json`; the field names are a documented, stable interface. */
export interface StatusTask {
  id: string;
  file: string;
  line: number;
  unit: string;
  units: string[];
  coordinating: string[];
  session: string | null;
  /** Only for an occurrence of a recurring session: the session whose rule it comes from. */
  series?: string;
  /** Only for a periodic deadline: the period of this row (`2025-03`, `2025-q1`). */
  period?: string;
  /** Only for a roadmap: the stage of this row (its id). */
  stage?: string;
  title: string;
  deadline: Day | null;
  earliestDeadline: Day | null;
  /** What an `awaiting_schedule` deadline waits for: the session's date, the conclusions notice's date (`conclusions`) or the receipt of a petition (`receipt`). */
  awaiting: AwaitedEvent | null;
  state: TaskState;
  /** The status recorded in the plan (open, in_progress, done, cancelled), as of `asOf`. */
  status: TaskStatusValue;
  daysOverdue: number;
  completedOn: Day | null;
  evidence: string | null;
  /** Only when recorded: answered, assigned, forwarded, written, resolved or roadmap. */
  outcome?: Outcome;
}

export interface UnitSummary {
  id: string;
  name: string;
  doneOnTime: number;
  doneLate: number;
  open: number;
  overdue: number;
  /** done ÷ (done + open overdue), or null when nothing is done or overdue yet. */
  completionRate: number | null;
  /** Opinions and assignments of the unit answered (on the spot or in writing), and those resolved: "replied" is not "resolved"; present only when some were recorded. */
  replied?: number;
  resolved?: number;
  forwarded?: number;
  roadmap?: number;
}

export interface StatusReport {
  asOf: Day;
  tasks: StatusTask[];
  units: UnitSummary[];
}

export const DEFAULT_DUE_SOON_DAYS = 7;
const ORDER: Record<TaskState, number> = { overdue: 0, due_soon: 1, open: 2, awaiting_schedule: 3, done_late: 4, done_on_time: 5, cancelled: 6 };

export function statusReport(inputs: Iterable<StatusInput>, asOf: Day, filters: StatusFilters = {}): StatusReport {
  const dueSoon = filters.dueWithin ?? DEFAULT_DUE_SOON_DAYS;
  const unitNames = new Map<string, string>();
  const kept: StatusTask[] = [];
  const opinionOutcomes: { unit: string; outcome: Outcome; session: string }[] = [];
  for (const input of inputs) {
    for (const unit of input.plan.units) if (!unitNames.has(unit.id)) unitNames.set(unit.id, unit.name);
    for (const session of input.plan.sessions ?? [])
      for (const opinion of session.record?.opinions ?? []) {
        const unit = opinion.answers?.find((a) => a.by)?.by;
        if (unit && opinion.outcome && (!session.heldOn || session.heldOn <= asOf)) opinionOutcomes.push({ unit, outcome: opinion.outcome, session: session.id });
      }
    for (const row of input.rows ?? planRows(input, asOf, dueSoon)) if (matches(row, filters)) kept.push(row);
  }
  kept.sort(byUrgency);
  const units = summarise(kept, unitNames);
  addOutcomes(units, [...kept.flatMap((t) => (t.outcome ? [{ unit: t.unit, outcome: t.outcome }] : [])), ...opinionOutcomes], unitNames, filters);
  return { asOf, tasks: kept, units };
}

/** The rows of one plan's tasks on `asOf`, unfiltered, in plan order: the same every time for the same plan and day. */
export function planRows({ file, plan, lineOf }: StatusInput, asOf: Day, dueSoon: number): StatusTask[] {
  const rows: StatusTask[] = [];
  for (const t of trackedTasks(plan, asOf)) {
    const { state, daysOverdue } = stateOf(t.progress, t.due, asOf, dueSoon);
    rows.push({
      id: t.id,
      file,
      line: lineOf(t.path),
      unit: t.units[0],
      units: t.units,
      coordinating: t.coordinating,
      session: t.session,
      ...(t.series && { series: t.series }),
      ...(t.period && { period: t.period }),
      ...(t.stage && { stage: t.stage }),
      title: t.text,
      deadline: t.due.kind === "fixed" ? t.due.day : null,
      earliestDeadline: t.due.kind === "awaiting" ? (t.due.earliest ?? null) : null,
      awaiting: t.due.kind === "awaiting" ? t.due.awaits : null,
      state,
      status: recordedStatus(t.progress, asOf),
      daysOverdue,
      completedOn: t.progress.status === "done" && t.progress.completedOn && t.progress.completedOn <= asOf ? t.progress.completedOn : null,
      evidence: t.progress.evidence ?? null,
      ...(t.outcome && { outcome: t.outcome }),
    });
  }
  return rows;
}

/** A completion recorded after `asOf` is not known yet on that day: the task was still being worked on. */
function recordedStatus(progress: Progress, asOf: Day): TaskStatusValue {
  const status = progress.status ?? "open";
  return status === "done" && !(progress.completedOn && progress.completedOn <= asOf) ? "in_progress" : status;
}

function matches(t: StatusTask, f: StatusFilters): boolean {
  if (f.unit && !t.units.includes(f.unit)) return false;
  if (f.session && t.session !== f.session && t.series !== f.session) return false;
  if (f.state && t.state !== f.state) return false;
  if (f.period && !(t.deadline && t.deadline >= f.period.from && t.deadline <= f.period.to)) return false;
  return f.dueWithin === undefined || t.state === "overdue" || t.state === "due_soon";
}

function byUrgency(a: StatusTask, b: StatusTask): number {
  return (
    ORDER[a.state] - ORDER[b.state] ||
    b.daysOverdue - a.daysOverdue ||
    compareCodeUnits(a.deadline ?? a.earliestDeadline ?? "9999", b.deadline ?? b.earliestDeadline ?? "9999") ||
    compareCodeUnits(a.file, b.file) ||
    a.line - b.line
  );
}

const emptySummary = (id: string, names: Map<string, string>): UnitSummary => ({ id, name: names.get(id) ?? id, doneOnTime: 0, doneLate: 0, open: 0, overdue: 0, completionRate: null });

/** Where each opinion and assignment stands, per unit: replied (on the spot or in writing) apart from resolved. */
function addOutcomes(units: UnitSummary[], outcomes: readonly { unit: string; outcome: Outcome; session?: string }[], names: Map<string, string>, f: StatusFilters): void {
  for (const { unit, outcome, session } of outcomes) {
    if ((f.unit && unit !== f.unit) || (f.session && session && session !== f.session)) continue;
    let s = units.find((u) => u.id === unit);
    if (!s) units.push((s = emptySummary(unit, names)));
    const key = outcome === "answered" || outcome === "written" ? "replied" : outcome === "assigned" ? undefined : outcome;
    if (key) s[key] = (s[key] ?? 0) + 1;
  }
}

/** The four buckets of national reporting, per unit; a joint task counts for each of its units. */
function summarise(tasks: readonly StatusTask[], names: Map<string, string>): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  for (const t of tasks) {
    if (t.state === "cancelled") continue;
    for (const id of t.units) {
      const s = byUnit.get(id) ?? emptySummary(id, names);
      if (t.state === "done_on_time") s.doneOnTime++;
      else if (t.state === "done_late") s.doneLate++;
      else if (t.state === "overdue") s.overdue++;
      else s.open++;
      byUnit.set(id, s);
    }
  }
  for (const s of byUnit.values()) {
    const done = s.doneOnTime + s.doneLate;
    s.completionRate = done + s.overdue ? Math.round((done / (done + s.overdue)) * 1000) / 1000 : null;
  }
  const declared = [...names.keys()];
  return [...byUnit.values()].sort((a, b) => declared.indexOf(a.id) - declared.indexOf(b.id));
}
