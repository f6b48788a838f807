import type { Progress } from "../plan/types.gen.js";
import { daysBetween, type Day } from "./day.js";
import type { Due } from "./deadline.js";

import type { TaskState } from "./states.js";

export interface StateAt {
  state: TaskState;
  /** Days past the deadline: for an overdue task as of `asOf`, for a late one at completion; else 0. */
  daysOverdue: number;
}

/**
 * A task's state on `asOf`. A deadline is a day: due 31/3 is overdue from 1/4. A completion
 * recorded after `asOf` does not count yet, so a past `asOf` shows the situation on that day.
 */
export function stateOf(progress: Progress, due: Due, asOf: Day, dueSoonDays: number): StateAt {
  if (progress.status === "cancelled" || due.kind === "cancelled") return { state: "cancelled", daysOverdue: 0 };
  const doneOn = progress.status === "done" ? progress.completedOn : undefined;
  if (doneOn && doneOn <= asOf) {
    const late = due.kind === "fixed" ? daysBetween(due.day, doneOn) : 0;
    return late > 0 ? { state: "done_late", daysOverdue: late } : { state: "done_on_time", daysOverdue: 0 };
  }
  if (due.kind === "awaiting") return { state: "awaiting_schedule", daysOverdue: 0 };
  if (due.kind !== "fixed") return { state: "open", daysOverdue: 0 };
  const left = daysBetween(asOf, due.day);
  if (left < 0) return { state: "overdue", daysOverdue: -left };
  return { state: left <= dueSoonDays ? "due_soon" : "open", daysOverdue: 0 };
}
