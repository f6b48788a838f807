import type { Finding } from "../findings.js";

/** Findings shown per code in one file; a flood of one mistake is read from its first cases. */
export const FINDINGS_PER_CODE = 50;

/**
 * Keeps the first FINDINGS_PER_CODE findings of each code (in file order) and replaces the rest
 * by one finding that counts them, placed where they start. Only the kept ones get their
 * costly details, so the work for the message stays bounded however many there are.
 */
export function capPerCode(sorted: readonly Finding[]): Finding[] {
  const shown = new Map<string, number>();
  const omitted = new Map<string, { first: Finding; count: number }>();
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const kind = `${finding.severity}:${finding.code}`;
    const count = shown.get(kind) ?? 0;
    if (count < FINDINGS_PER_CODE) {
      shown.set(kind, count + 1);
      kept.push(withDetails(finding));
    } else {
      const rest = omitted.get(kind);
      if (rest) rest.count++;
      else omitted.set(kind, { first: finding, count: 1 });
    }
  }
  for (const { first, count } of omitted.values())
    kept.push({
      file: first.file,
      line: first.line,
      column: first.column,
      severity: first.severity,
      code: "findings-omitted",
      path: [],
      params: { count, code: first.code, severity: first.severity },
    });
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** How many findings one finding stands for (a count of omitted ones stands for all of them). */
export const findingWeight = (finding: Finding) => (finding.code === "findings-omitted" ? Number(finding.params?.count ?? 0) : 1);

function withDetails({ details, ...finding }: Finding): Finding {
  return details ? { ...finding, params: { ...finding.params, ...details() } } : finding;
}
