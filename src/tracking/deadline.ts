import type { AssignmentDeadline, Deadline, Session } from "../plan/types.gen.js";
import type { Day } from "./day.js";
import { dueOf, type DeadlineFields, type Due } from "./deadline-kinds.js";
import type { WorkCalendar } from "./work-calendar.js";

export type { Due } from "./deadline-kinds.js";

/**
 * The last day of a plan task, as known on `asOf` (without it: from everything the plan records),
 * by its kind in the table (deadline-kinds.ts).
 */
export const dueDay = (deadline: Deadline | undefined, session: Session | undefined, calendar: WorkCalendar, asOf?: Day): Due =>
  dueOf(deadline as DeadlineFields | undefined, "task", { calendar, session, asOf });

/** The last day of a conclusion's assignment, as known on `asOf`: daysAfter counts from the notice's date. */
export const conclusionDueDay = (deadline: AssignmentDeadline | undefined, session: Session, calendar: WorkCalendar, asOf?: Day): Due =>
  dueOf(deadline as DeadlineFields | undefined, "assignment", { calendar, session, asOf });
