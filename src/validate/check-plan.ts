import type { Finding, Issue, Locate, Position } from "../findings.js";
import type { Plan } from "../plan/types.gen.js";
import { capPerCode } from "./cap-findings.js";
import { planRules } from "./rules/index.js";
import { schemaIssues } from "./schema-check.js";

/**
 * All findings for one parsed plan file, in file order: YAML problems first (nothing else can be
 * trusted then), else the schema's and every named rule's; at most FINDINGS_PER_CODE of each code.
 */
export function checkPlan(file: string, parsed: { data: unknown; syntax: readonly (Issue & Position)[] }, where: Locate): Finding[] {
  if (parsed.syntax.length) return capPerCode(parsed.syntax.map((issue) => placed(issue, file, issue)));
  const schema = schemaIssues(parsed.data);
  const ruleIssues = planRules.flatMap((rule) => {
    try {
      return rule.check({ plan: parsed.data as Plan, locate: (path) => where(path) });
    } catch (error) {
      // Rules read data the schema has vouched for; when it has not, the schema findings explain.
      if (schema.length) return [];
      throw error;
    }
  });
  const located = [...schema, ...ruleIssues]
    .map((issue) => placed(issue, file, where(issue.path, issue.atKey)))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return capPerCode(located);
}

/**
 * A finding built field by field: objects made by spreading others take a slow shape, and
 * spreading then sorting 100,000 findings took over a second.
 */
const placed = (issue: Issue, file: string, { line, column }: Position): Finding => ({
  code: issue.code,
  severity: issue.severity,
  path: issue.path,
  params: issue.params,
  atKey: issue.atKey,
  details: issue.details,
  file,
  line,
  column,
});

export const hasErrors = (findings: readonly Finding[]) => findings.some((f) => f.severity === "error");
