import type { Finding } from "../findings.js";
import type { Plan } from "../plan/types.gen.js";
import { checkPlan, hasErrors } from "../validate/check-plan.js";
import { parsePlan, type ParsedPlan } from "./parse-plan.js";
import { readSource } from "./read-source.js";

export type LoadedPlan =
  | { file: string; usable: false; findings: Finding[] }
  | { file: string; usable: true; parsed: ParsedPlan; findings: Finding[]; plan: Plan | undefined };

/** Reads, parses and checks one plan file; `plan` is set only when it has no errors. */
export function loadPlan(file: string): LoadedPlan {
  const source = readSource(file);
  if (!source.ok)
    return { file, usable: false, findings: [{ file, line: 0, column: 0, severity: "error", path: [], code: source.code, params: source.params }] };
  const parsed = parsePlan(source.text);
  const findings = checkPlan(file, parsed);
  return { file, usable: true, parsed, findings, plan: hasErrors(findings) ? undefined : (parsed.data as Plan) };
}
