import { showControls } from "../control-characters.js";
import { formatPath, type Finding } from "../findings.js";
import type { Params, Translate } from "../i18n/translate.js";
import { findingWeight } from "../validate/cap-findings.js";
import { painter } from "./colors.js";
import { jsonText } from "./json-text.js";

export interface FindingRecord {
  file: string;
  line: number;
  column: number;
  severity: Finding["severity"];
  code: string;
  path: string;
  message: string;
}

/** A finding for a reader: values quoted from the plan (a field name, a mistyped id) show their control characters as `\x1b`. */
export function findingRecord(finding: Finding, t: Translate): FindingRecord {
  const { file, line, column, severity, code, path, params } = finding;
  return { file, line, column, severity, code, path: showControls(formatPath(path)), message: t(code, params && visible(params)) };
}

const visible = (params: Params): Params =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === "string" ? showControls(value) : value]));

/** `file:line:col  severity  path  message`, one line per finding, then a one-line summary; coloured only when `color`. */
export function findingsText(findings: readonly Finding[], files: number, t: Translate, color: boolean): string {
  const c = painter(color);
  const lines = findings.map((finding) => {
    const r = findingRecord(finding, t);
    const file = showControls(r.file);
    const where = r.line ? `${file}:${r.line}:${r.column}` : file;
    const severity = r.severity === "error" ? c.red(t("severity-error")) : c.yellow(t("severity-warning"));
    return [c.bold(where), severity, r.path, r.message].filter(Boolean).join("  ");
  });
  const count = (severity: Finding["severity"]) => findings.reduce((sum, f) => sum + (f.severity === severity ? findingWeight(f) : 0), 0);
  const [errors, warnings] = [count("error"), count("warning")];
  lines.push(errors ? t("summary-findings", { files, errors, warnings }) : t("summary-ok", { files, warnings }));
  return lines.join("\n") + "\n";
}

export function findingsJson(findings: readonly Finding[], t: Translate): string {
  return jsonText(findings.map((f) => findingRecord(f, t)));
}

/** A refusal to work on plans with errors: every finding, then which files to fix first. */
export function refusalText(findings: readonly Finding[], invalid: readonly string[], files: number, t: Translate, color: boolean): string {
  return findingsText(findings, files, t, color) + invalid.map((file) => t("status-plan-invalid", { file }) + "\n").join("");
}
