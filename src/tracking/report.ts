import { comparableName } from "../plan/comparable-name.js";
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
  const units = new UnitNames();
  const kept: StatusTask[] = [];
  const opinionOutcomes: { file: string; unit: string; outcome: Outcome; session: string }[] = [];
  for (const input of inputs) {
    for (const unit of input.plan.units) units.declare(input.file, unit.id, unit.name);
    for (const session of input.plan.sessions ?? [])
      for (const opinion of session.record?.opinions ?? []) {
        const unit = opinion.answers?.find((a) => a.by)?.by;
        if (unit && opinion.outcome && (!session.heldOn || session.heldOn <= asOf)) opinionOutcomes.push({ file: input.file, unit, outcome: opinion.outcome, session: session.id });
      }
    for (const row of input.rows ?? planRows(input, asOf, dueSoon)) if (matches(row, filters)) kept.push(row);
  }
  kept.sort(byUrgency);
  const summaries = summarise(kept, units);
  addOutcomes(summaries, [...kept.flatMap((t) => (t.outcome ? [{ file: t.file, unit: t.unit, outcome: t.outcome }] : [])), ...opinionOutcomes], units, filters);
  return { asOf, tasks: kept, units: summaries };
}

/**
 * The units of the plans read, each one row of the summary: an id with its name in its plan. Plans
 * of several offices share ids (`van-phong` in every commune's plan, from init), so one id of two
 * names is two units; one id of one name (a unit's plans of two years) is one.
 */
class UnitNames {
  /** Each file's units by id, each key worked out once: a status of 10,000 rows asks for one per row. */
  private readonly units = new Map<string, Map<string, NamedUnit>>();
  private readonly order = new Map<string, number>();

  declare(file: string, id: string, name: string): void {
    const unit = { key: unitKey(id, name), id, name };
    this.inFile(file).set(id, unit);
    if (!this.order.has(unit.key)) this.order.set(unit.key, this.order.size);
  }

  /** The unit an id names in a file's plan (the id itself when the plan does not declare it). */
  of(file: string, id: string): NamedUnit {
    const units = this.inFile(file);
    let unit = units.get(id);
    if (!unit) units.set(id, (unit = { key: unitKey(id, id), id, name: id }));
    return unit;
  }

  /** Where a unit stands in the order the plans declare their units. */
  rank(key: string): number {
    return this.order.get(key) ?? this.order.size;
  }

  private inFile(file: string): Map<string, NamedUnit> {
    let units = this.units.get(file);
    if (!units) this.units.set(file, (units = new Map()));
    return units;
  }
}

interface NamedUnit {
  key: string;
  id: string;
  name: string;
}

/** One unit: its id with its name as a clerk reads it (case, spacing and the tone mark's placement aside). */
const unitKey = (id: string, name: string) => `${id}\n${comparableName(name)}`;

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

const emptySummary = ({ id, name }: { id: string; name: string }): UnitSummary => ({ id, name, doneOnTime: 0, doneLate: 0, open: 0, overdue: 0, completionRate: null });

/** Where each opinion and assignment stands, per unit: replied (on the spot or in writing) apart from resolved. */
function addOutcomes(summaries: UnitSummary[], outcomes: readonly { file: string; unit: string; outcome: Outcome; session?: string }[], units: UnitNames, f: StatusFilters): void {
  const byKey = new Map(summaries.map((s) => [unitKey(s.id, s.name), s]));
  for (const { file, unit, outcome, session } of outcomes) {
    if ((f.unit && unit !== f.unit) || (f.session && session && session !== f.session)) continue;
    const named = units.of(file, unit);
    let s = byKey.get(named.key);
    if (!s) summaries.push((s = emptySummary(named))), byKey.set(named.key, s);
    const key = outcome === "answered" || outcome === "written" ? "replied" : outcome === "assigned" ? undefined : outcome;
    if (key) s[key] = (s[key] ?? 0) + 1;
  }
}

/** The four buckets of national reporting, per unit; a joint task counts for each of its units. */
function summarise(tasks: readonly StatusTask[], units: UnitNames): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  for (const t of tasks) {
    if (t.state === "cancelled") continue;
    for (const id of t.units) {
      const named = units.of(t.file, id);
      const s = byUnit.get(named.key) ?? emptySummary(named);
      if (t.state === "done_on_time") s.doneOnTime++;
      else if (t.state === "done_late") s.doneLate++;
      else if (t.state === "overdue") s.overdue++;
      else s.open++;
      byUnit.set(named.key, s);
    }
  }
  for (const s of byUnit.values()) {
    const done = s.doneOnTime + s.doneLate;
    s.completionRate = done + s.overdue ? Math.round((done / (done + s.overdue)) * 1000) / 1000 : null;
  }
  return [...byUnit.entries()].sort(([a], [b]) => units.rank(a) - units.rank(b)).map(([, s]) => s);
}
