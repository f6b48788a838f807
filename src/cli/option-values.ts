import type { ValueKind } from "../commands/registry.js";
import { UsageError } from "../errors.js";
import { FIRST_SUPPORTED_YEAR, isSupportedYear, LAST_SUPPORTED_YEAR } from "../tracking/supported-years.js";
import { TASK_STATUSES, type TaskStatusValue } from "../tracking/states.js";
import { readDay } from "../dates/clerk-dates.js";
import { notARealDay } from "../commands/options.js";
import { readMonth } from "../dates/clerk-month.js";
import { readTime } from "../dates/clerk-time.js";

/**
 * Values typed on the command line, converted by the kind the registry declares, as a clerk writes
 * them: `20/4/2026` or `2026-04-20`, `8h` or `08:00`, `xong` for done. Commands receive the
 * converted value (an ISO day, `HH:MM`, a number, one line of NFC text, a status code) and never
 * parse an option themselves.
 */
export function convertValue(kind: ValueKind, name: string, raw: string): unknown {
  switch (kind) {
    case "date":
      return dayValue(name, raw);
    case "time":
      return timeValue(name, raw);
    case "number":
      return numberValue(name, raw);
    case "text":
    case "name":
      return oneLineText(name, raw);
    case "status":
      return statusValue(raw);
    case "period":
      return periodValue(raw);
    case "file":
    case "dir":
      // An empty path would mean the current folder to one command and a system error to another.
      if (!raw.trim()) throw new UsageError("option-blank", { option: name });
      return raw;
    default:
      return raw;
  }
}

function dayValue(option: string, raw: string): string {
  const parsed = readDay(raw);
  if (!parsed) throw new UsageError("option-bad-date", { option, value: raw });
  if (parsed.problem) throw notARealDay(option, raw, parsed.problem);
  if (!isSupportedYear(Number(parsed.day.slice(0, 4))))
    throw new UsageError("option-date-outside-calendar", { option, value: raw, first: FIRST_SUPPORTED_YEAR, last: LAST_SUPPORTED_YEAR });
  return parsed.day;
}

function timeValue(option: string, raw: string): string {
  const time = readTime(raw);
  if (time === undefined) throw new UsageError("option-bad-time", { option, value: raw });
  return time;
}

/** A month as offices write it, 6/2025 or 06/2025: the plan's form, 2025-06. Other periods (q3, 2025-6m) as typed, trimmed. */
function periodValue(raw: string): string {
  return readMonth(raw) ?? raw.trim();
}

function numberValue(option: string, raw: string): number {
  if (!/^\d{1,4}$/.test(raw.trim())) throw new UsageError("option-bad-number", { option, value: raw });
  return Number(raw.trim());
}

/** One line for the plan: NFC, trimmed, runs of spaces as one; never blank, never several lines. */
export function oneLineText(option: string, raw: string): string {
  const text = raw.normalize("NFC").trim();
  if (!text) throw new UsageError("option-blank", { option });
  if (/[\r\n\u2028\u2029]/.test(text)) throw new UsageError("option-one-line", { option });
  return text.replace(/[ \t\u00a0]+/g, " ");
}

/** A word as a clerk types it: no tone marks, đ as d, lower case, one space between words. */
const bare = (word: string) =>
  word.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[\s_-]+/g, " ").trim();

/** Task statuses in Vietnamese (with or without tone marks), for the codes a plan stores. */
const STATUS_WORDS: Readonly<Record<string, TaskStatusValue>> = {
  xong: "done",
  "da xong": "done",
  "hoan thanh": "done",
  "da hoan thanh": "done",
  "dang lam": "in_progress",
  "dang thuc hien": "in_progress",
  "in progress": "in_progress",
  "chua thuc hien": "open",
  "chua lam": "open",
  huy: "cancelled",
  "da huy": "cancelled",
  "huy bo": "cancelled",
  canceled: "cancelled",
};

/** A status code, or its Vietnamese name; anything else is left for the choice check to refuse. */
function statusValue(raw: string): string {
  if ((TASK_STATUSES as readonly string[]).includes(raw)) return raw;
  return STATUS_WORDS[bare(raw.normalize("NFC"))] ?? raw;
}
