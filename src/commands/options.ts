import { UsageError } from "../errors.js";
import type { Translate } from "../i18n/translate.js";
import { closeMatches } from "../validate/closest.js";
import { FIRST_SUPPORTED_YEAR, isSupportedYear, LAST_SUPPORTED_YEAR } from "../tracking/supported-years.js";
import { isRealDate } from "../validate/calendar-date.js";
import { EXIT, type CommandResult } from "../result.js";

export { UsageError };

export function usageResult(error: UsageError, t: Translate): CommandResult {
  return { exitCode: EXIT.unusable, stderr: t(error.key, error.params) + "\n" };
}

/** A date given on the command line: a real date, in the years the calendar covers. */
export function dayOption(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) throw new UsageError("option-bad-date", { option, value });
  if (!isSupportedYear(Number(value.slice(0, 4))))
    throw new UsageError("option-date-outside-calendar", { option, value, first: FIRST_SUPPORTED_YEAR, last: LAST_SUPPORTED_YEAR });
  return value;
}

/** A text for the plan, on one line (NFC, runs of spaces and line breaks as one space); never blank. */
export function textOption(option: string, value: string): string {
  const text = value.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!text) throw new UsageError("option-blank", { option });
  return text;
}

export function countOption(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value)) throw new UsageError("option-bad-number", { option, value });
  return Number(value);
}

/** An id given on the command line must exist; otherwise say which ones come close. */
export function knownId(kind: "kind-unit" | "kind-session" | "kind-task", id: string | undefined, known: readonly string[], t: Translate): void {
  if (id === undefined || known.includes(id)) return;
  throw new UsageError("option-unknown-id", {
    kind: t(kind),
    id,
    matches: closeMatches(id, known).join(", "),
    known: [...new Set(known)].join(", "),
  });
}
