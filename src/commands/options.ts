import { UsageError } from "../errors.js";
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
