import { UsageError } from "../errors.js";
import type { TypedDay } from "../dates/clerk-dates.js";
import type { Translate } from "../i18n/translate.js";
import { closeMatches } from "../validate/closest.js";

export { UsageError };

/** An id given on the command line must exist; otherwise say which ones come close. */
export function knownId(kind: "kind-unit" | "kind-session" | "kind-task" | "kind-period" | "kind-stage", id: string | undefined, known: readonly string[], t: Translate): void {
  if (id === undefined || known.includes(id)) return;
  throw new UsageError("option-unknown-id", {
    kind: t(kind),
    id,
    matches: closeMatches(id, known).join(", "),
    known: [...new Set(known)].join(", "),
  });
}

/** The refusal of a day written in an office's form but not in the calendar (31/4, 0/4, 29/2 of a common year). */
export function notARealDay(option: string, value: string, { month, year, days, day }: NonNullable<TypedDay["problem"]>): UsageError {
  return new UsageError("option-date-not-real", { option, value, month: month ?? "", year: year ?? "", days: days ?? "", ...(day !== undefined && { day }) });
}
