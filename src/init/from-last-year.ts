import type { CarriedAssignment, Citation, Origin, Plan, Recurrence, Session, Task } from "../plan/types.gen.js";
import { chairOn } from "../documents/chairs.js";
import { conclusionDueDay } from "../tracking/deadline.js";
import { calendarOf, plainText } from "../tracking/tracked-tasks.js";

/** Last year's plan as the new plan cites it ("Kế hoạch số 07-KH/TU ngày 5/2/2024"). */
const planCitation = (last: Plan): Citation => ({ kind: "KH", ...(last.number && { number: last.number }), ...(last.symbol !== undefined && { symbol: last.symbol }), ...(last.date && { date: last.date }) });

const sameYear = (text: string, from: number, to: number) => text.replaceAll(String(from), String(to));

/** The rule in force at the end of last year, from January of the new one. */
function carriedRule(rules: readonly Recurrence[], year: number): [Recurrence] | undefined {
  const last = rules.at(-1);
  if (!last || (last.until && last.until < `${year - 1}-12`)) return undefined;
  const { until: _until, ...rule } = last;
  return [{ ...rule, from: `${year}-01` }];
}

const isOpen = (status: string | undefined) => status !== "done" && status !== "cancelled";

/**
 * The new year's plan started from last year's (`dialogue init --from`): the same issuer, units,
 * recipients, signer and recurring sessions (with the rule in force at the year's end); the
 * sessions not held, carried over with their origin; the tasks that hang on a session; and every
 * conclusion still open, with its deadline as a day and where it came from. Numbers, dates and
 * year-bound texts are left for the clerk.
 */
export function planFromLastYear(last: Plan, year: number): Record<string, unknown> {
  const cited = planCitation(last);
  const calendar = calendarOf(last);
  const sessions: Session[] = [];
  for (const s of last.sessions ?? []) {
    const status = s.status ?? "planned";
    if (s.recurrence?.length) {
      const recurrence = carriedRule(s.recurrence, year);
      if (recurrence) sessions.push(keep({ id: s.id, theme: s.theme, audience: s.audience, audienceGroups: s.audienceGroups, attendance: s.attendance, recurrence, venue: s.venue, chairs: chairsAtYearEnd(s, year) }));
    } else if (status !== "held" && status !== "cancelled")
      sessions.push(keep({ id: s.id, theme: s.theme, audience: s.audience, audienceGroups: s.audienceGroups, attendance: s.attendance, venue: s.venue, chairs: chairsAtYearEnd(s, year), carriedFrom: { plan: cited, session: plainText(s.theme) } }));
  }
  const kept = new Set(sessions.map((s) => s.id));
  const implementation = (last.implementation ?? [])
    .map((a) => ({ ...a, tasks: a.tasks.filter((t) => t.deadline?.session === "all" || (t.deadline?.session && kept.has(t.deadline.session))).map(freshTask) }))
    .filter((a) => a.tasks.length);

  const carriedOver: CarriedAssignment[] = [...(last.carriedOver ?? []).filter((c) => isOpen(c.status))];
  for (const s of last.sessions ?? []) {
    const notice = s.record?.notice;
    const origin: Origin = keep({ plan: cited, session: plainText(s.theme), notice: notice && keep({ kind: "TB", number: notice.number, symbol: notice.symbol, date: notice.date }) });
    for (const a of s.record?.assignments ?? []) {
      if (!isOpen(a.status)) continue;
      // A roadmap goes on with its first stage not done yet.
      const stage = a.deadline?.stages?.find((st) => st.status !== "done" && st.status !== "cancelled");
      const due = stage ? conclusionDueDay({ on: stage.on, before: stage.before }, s, calendar) : conclusionDueDay(a.deadline, s, calendar);
      carriedOver.push(keep({ id: a.id, lead: a.lead, coordinating: a.coordinating, text: a.text, deadline: due.kind === "fixed" ? { on: due.day } : undefined, origin, status: a.status, outcome: a.outcome }));
    }
  }

  return keep({
    year,
    issuer: last.issuer,
    symbol: last.symbol,
    place: last.place,
    summary: sameYear(last.summary, last.year, year),
    basis: last.basis && sameYear(last.basis, last.year, year),
    references: last.references,
    continues: cited,
    purposes: last.purposes,
    requirements: last.requirements,
    sessions: sessions.length ? sessions : undefined,
    adHoc: last.adHoc,
    units: last.units,
    implementation: implementation.length ? implementation : undefined,
    carriedOver: carriedOver.length ? carriedOver : undefined,
    closing: last.closing,
    recipients: last.recipients,
    signature: last.signature,
    officeSignature: last.officeSignature,
  });
}

/** Who chairs at the end of last year, without the year's successions. */
function chairsAtYearEnd(s: Session, year: number): Session["chairs"] {
  return s.chairs?.map((c) => keep({ ...chairOn(c, `${year - 1}-12-31`), successors: undefined })) as Session["chairs"];
}

/** A task as it starts a year: its text and deadline, none of last year's progress. */
function freshTask(task: Task): Task {
  const { status: _s, completedOn: _c, evidence: _e, notes: _n, bySession: _b, ...rest } = task;
  return { ...rest, ...(task.items && { items: task.items.map(freshTask) as Task["items"] }) };
}

/** Drops the absent fields, so the written YAML holds only what has a value. */
function keep<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
