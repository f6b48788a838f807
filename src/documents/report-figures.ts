import { opinionCounts } from "./record-summary.js";
import { known } from "../plan/unknown.js";
import type { Notice, Plan, Session } from "../plan/types.gen.js";
import type { Day } from "../tracking/day.js";
import type { Period } from "../tracking/period.js";
import { statusReport, type StatusInput, type StatusReport } from "../tracking/report.js";

/** One session held in the period, with what its record counts. */
export interface HeldSession {
  plan: Plan;
  session: Session;
  day: Day;
  citizens: number | undefined;
  opinions: number;
  /** Opinions answered at the session (with a recorded answer). */
  answered: number;
  notice: Notice | undefined;
}

/** The figures of a periodic report: the sessions held, the notices issued, and the follow-up of every deadline in the period. */
export interface ReportFigures {
  held: HeldSession[];
  citizens: number;
  opinions: number;
  answered: number;
  /** Notices of conclusions dated in the period, and their assignments. */
  notices: number;
  assignments: number;
  /** Exactly `status --period … --as-of …`: the tasks due in the period and the four buckets per unit. */
  status: StatusReport;
  /** The buckets over tasks (a joint task once), for the report's sentence. */
  tasks: { all: number; doneOnTime: number; doneLate: number; open: number; overdue: number; completionRate: number | null };
}

/**
 * What happened in a reporting period, judged on `asOf` (a day inside the period cuts it there):
 * sessions held and notices issued between the period's first day and that day, and the state of
 * every task whose deadline falls in the period — the same rows and per-unit figures as `status`.
 */
export function reportFigures(plans: readonly StatusInput[], period: Period, asOf: Day): ReportFigures {
  const last = asOf < period.to ? asOf : period.to;
  const within = (day: Day | undefined): day is Day => day !== undefined && day >= period.from && day <= last;
  const held: HeldSession[] = [];
  let notices = 0;
  let assignments = 0;
  for (const { plan } of plans) {
    for (const session of plan.sessions ?? []) {
      const record = session.record;
      if (session.status === "held" && within(session.heldOn)) {
        const { count, answered } = opinionCounts(record ?? {});
        held.push({ plan, session, day: session.heldOn, citizens: known(record?.citizens), opinions: count, answered, notice: record?.notice });
      }
      if (within(record?.notice?.date)) {
        notices++;
        assignments += record?.assignments?.length ?? 0;
      }
    }
  }
  held.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const status = statusReport(plans, asOf, { period });
  const counted = status.tasks.filter((t) => t.state !== "cancelled");
  const count = (...states: string[]) => counted.filter((t) => states.includes(t.state)).length;
  const [doneOnTime, doneLate, overdue] = [count("done_on_time"), count("done_late"), count("overdue")];
  const open = counted.length - doneOnTime - doneLate - overdue;
  const done = doneOnTime + doneLate;
  return {
    held,
    citizens: held.reduce((sum, h) => sum + (h.citizens ?? 0), 0),
    opinions: held.reduce((sum, h) => sum + h.opinions, 0),
    answered: held.reduce((sum, h) => sum + h.answered, 0),
    notices,
    assignments,
    status,
    tasks: { all: counted.length, doneOnTime, doneLate, open, overdue, completionRate: done + overdue ? Math.round((done / (done + overdue)) * 1000) / 1000 : null },
  };
}
