import type { MessageKey } from "./i18n/messages.js";
import type { Params } from "./i18n/translate.js";

export type Severity = "error" | "warning";

/** A path into the plan data: map keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

/** What the core decides: a problem at a place in the data, not yet located in the text. */
export interface Issue {
  code: MessageKey;
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
