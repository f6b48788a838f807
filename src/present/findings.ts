import { formatPath, type Finding } from "../findings.js";
import type { Translate } from "../i18n/translate.js";
import { colors } from "./colors.js";

export interface FindingRecord {
  file: string;
  line: number;
  column: number;
  severity: Finding["severity"];
  code: string;
  path: string;
  message: string;
}

export function findingRecord(finding: Finding, t: Translate): FindingRecord {
  const { file, line, column, severity, code, path, params } = finding;
  return { file, line, column, severity, code, path: formatPath(path), message: t(code, params) };
}

/** `file:line:col  severity  path  message`, one line per finding, then a one-line summary. */
export function findingsText(findings: readonly Finding[], files: number, t: Translate): string {
  const c = colors();
  const lines = findings.map((finding) => {
    const r = findingRecord(finding, t);
    const where = r.line ? `${r.file}:${r.line}:${r.column}` : r.file;
    const severity = r.severity === "error" ? c.red(t("severity-error")) : c.yellow(t("severity-warning"));
    return [c.bold(where), severity, r.path, r.message].filter(Boolean).join("  ");
  });
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  lines.push(errors ? t("summary-findings", { files, errors, warnings }) : t("summary-ok", { files, warnings }));
  return lines.join("\n") + "\n";
}

export function findingsJson(findings: readonly Finding[], t: Translate): string {
  return JSON.stringify(findings.map((f) => findingRecord(f, t)), null, 2) + "\n";
}
