import type { Plan } from "../plan/types.gen.js";
import { compareCodeUnits, type Day } from "./day.js";
import type { Period } from "./period.js";
import type { TaskState } from "./states.js";
import { stateOf } from "./task-state.js";
import { trackedTasks } from "./tracked-tasks.js";

export interface StatusInput {
  file: string;
  plan: Plan;
  /** Line of a data path in that file, for pointing a clerk at the task. */
  lineOf: (path: readonly (string | number)[]) => number;
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
  title: string;
  deadline: Day | null;
  earliestDeadline: Day | null;
  state: TaskState;
  daysOverdue: number;
  completedOn: Day | null;
  evidence: string | null;
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
  const tasks: StatusTask[] = [];
  for (const { file, plan, lineOf } of inputs) {
    for (const unit of plan.units) if (!unitNames.has(unit.id)) unitNames.set(unit.id, unit.name);
    for (const t of trackedTasks(plan, asOf)) {
      const { state, daysOverdue } = stateOf(t.progress, t.due, asOf, dueSoon);
      tasks.push({
        id: t.id,
        file,
        line: lineOf(t.path),
        unit: t.units[0],
        units: t.units,
        coordinating: t.coordinating,
        session: t.session,
        ...(t.series && { series: t.series }),
        title: t.text,
        deadline: t.due.kind === "fixed" ? t.due.day : null,
        earliestDeadline: t.due.kind === "awaiting" ? (t.due.earliest ?? null) : null,
        state,
        daysOverdue,
        completedOn: t.progress.status === "done" && t.progress.completedOn && t.progress.completedOn <= asOf ? t.progress.completedOn : null,
        evidence: t.progress.evidence ?? null,
      });
    }
  }
  const kept = tasks.filter((t) => matches(t, filters)).sort(byUrgency);
  return { asOf, tasks: kept, units: summarise(kept, unitNames) };
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

/** The four buckets of national reporting, per unit; a joint task counts for each of its units. */
function summarise(tasks: readonly StatusTask[], names: Map<string, string>): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  for (const t of tasks) {
    if (t.state === "cancelled") continue;
    for (const id of t.units) {
      const s = byUnit.get(id) ?? { id, name: names.get(id) ?? id, doneOnTime: 0, doneLate: 0, open: 0, overdue: 0, completionRate: null };
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
