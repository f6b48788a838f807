/**
 * The code of every problem the core reports: stable (`validate --format json` prints them, the
 * README lists them), and each a message key that every language's catalogue must word.
 */
export const ISSUE_CODES = [
  // reading a file (src/load/read-source.ts)
  "input-missing", "input-directory", "input-not-regular", "input-too-large", "input-not-utf8", "input-empty", "input-unreadable",
  // the YAML text (src/load/parse-plan.ts, yaml-restrictions.ts)
  "yaml-syntax", "yaml-tab-indent", "yaml-bad-indent", "yaml-unclosed-bracket", "duplicate-key", "yaml-alias", "yaml-complex-key",
  "yaml-too-deep", "yaml-multiple-documents", "yaml-version", "yaml-unknown-tag",
  // the structure of a plan (src/validate/schema-check.ts)
  "schema-required", "schema-type", "schema-enum", "schema-pattern", "schema-date", "schema-unknown-field", "schema-too-short",
  "schema-too-long", "schema-too-few-items", "schema-minimum", "schema-maximum", "schema-invalid",
  // the plan's rules (src/validate/rules/)
  "duplicate-id", "unknown-unit", "unknown-session", "planned-time-shape", "planned-time-orphan", "deadline-shape",
  "deadline-needs-session", "deadline-field-orphan", "too-many-session-deadlines", "session-held-without-date",
  "session-date-without-held", "session-needs-reason", "session-postponed-without-target", "session-scheduled-without-date",
  "task-needs-id", "task-done-without-date", "task-date-without-done", "task-progress-needs-all", "task-status-for-each-session",
  "task-too-deep", "date-far-from-year", "date-too-far-from-year", "deadline-before-year", "official-calendar-unknown",
  "recipient-punctuation", "unbalanced-emphasis", "control-character", "unused-unit", "record-session-not-held",
  "duplicate-opinion-number", "deadline-text-mismatch",
  // the YAML text: each usual slip at its own line (src/load/yaml-mistakes.ts), every parser error worded
  "merge-conflict", "yaml-colon-in-value", "yaml-unclosed-quote", "yaml-missing-colon", "yaml-flow-comma", "yaml-comment-space",
  "yaml-bad-escape", "yaml-bad-start", "yaml-block-in-flow", "yaml-long-key",
  // text in another encoding: a UTF-16 file, old Vietnamese font encodings pasted in (src/validate/rules/legacy-encoding.ts)
  "input-utf16", "legacy-vietnamese-encoding", "input-same-as-earlier",
  // where a clerk slips: a session on a day off, a task done in another year (src/validate/rules/slips.ts)
  "session-on-day-off", "task-done-outside-year",
  // every level, every shape (#13.3–11)
  "value-unknown", "chair-shape", "headcount-needs-count",
  // deadlines of every kind, one table (src/validate/rules/deadlines.ts)
  "deadline-needs-field", "deadline-ceiling", "duplicate-stage-id", "task-status-per-occurrence",
  // the rest of a flood of one code (src/validate/cap-findings.ts)
  "findings-omitted",
  // a day the calendar cannot count (src/tracking/supported-years.ts)
  "year-outside-calendar",
  // the editor's schema line points at nothing (src/load/schema-line.ts, checked by validate)
  "schema-line-broken",
  // brackets no plan has, refused before the parser runs (src/load/flow-shape.ts)
  "yaml-flow-too-deep", "yaml-flow-too-many-items",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** The values a message is filled with. */
export type Params = Record<string, string | number>;

export type Severity = "error" | "warning";

/** A path into the plan data: map keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

/** What the core decides: a problem at a place in the data, not yet located in the text. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  path: DataPath;
  params?: Params;
  /** Point at the key of the last path segment rather than its value (e.g. an unknown field). */
  atKey?: boolean;
  /** Params that cost work (a near-match search), computed only if the finding is shown. */
  details?: () => Params;
}

/** A place in a file's text, 1-based; 0 when the file itself is the problem. */
export interface Position {
  line: number;
  column: number;
}

/** Where a data path sits in the file's text (a block at its key, a value at itself). */
export type Locate = (path: DataPath, atKey?: boolean) => Position;

/** An issue placed in a file; `line`/`column` are 1-based, 0 when the file itself is the problem. */
export interface Finding extends Issue {
  file: string;
  line: number;
  column: number;
}

/** Renders a data path the way a clerk reads it: `sessions[1].planned.month`. */
export function formatPath(path: DataPath): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === "number" ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    "",
  );
}
