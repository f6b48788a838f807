import type { Finding } from "../findings.js";
import { MAX_PLAN_BYTES, decodePlanText, readRegularFile } from "../load/read-source.js";
// In the built tool, the checker's own bundle, loaded only when a plan has errors in its records
// (scripts/build.mjs, LAZY): rendering a valid plan never loads the YAML reader or the schema.
import { checkedWithoutRecords } from "./check.js";
import { readPlan, type PlanRead, type ReadOptions } from "./read-plans.js";

/** A session's record kept out of a plan because it still has errors, with them. */
export interface HeldBackRecord {
  sessionId: string;
  findings: Finding[];
}

/** A plan read for its documents: valid as a whole, or valid once the records still being filled in are set aside. */
export interface PlanForDocuments extends PlanRead {
  heldBack: HeldBackRecord[];
}

/** The index of the session whose record a finding is in, if it is in one. */
function recordOf(finding: Finding): number | undefined {
  const [sessions, index, record] = finding.path;
  return sessions === "sessions" && typeof index === "number" && record === "record" ? index : undefined;
}

/**
 * Reads a plan for rendering. A record is filled in over days after a dialogue; until it is
 * valid, the plan's other documents must not wait for it. When every error of a file lies inside
 * sessions' records, those records are set aside and the rest is checked again without them (a
 * rule across the plan may have leant on them); if that is valid, the plan comes back with the
 * records held back and their findings. Any other error refuses the plan as before.
 */
export function readPlanForDocuments(file: string, options: ReadOptions = {}): PlanForDocuments {
  const read = readPlan(file, options);
  const errors = read.findings.filter((f) => f.severity === "error");
  if (read.valid || !read.readable || !errors.every((f) => recordOf(f) !== undefined)) return { ...read, heldBack: [] };
  const bytes = readRegularFile(file, MAX_PLAN_BYTES);
  const decoded = bytes.ok ? decodePlanText(bytes.bytes) : undefined;
  if (!decoded?.ok) return { ...read, heldBack: [] };
  const broken = [...new Set(errors.map(recordOf))] as number[];
  const rest = checkedWithoutRecords(file, decoded.text, broken);
  if (!rest.plan) return { ...read, heldBack: [] };
  return {
    ...read,
    findings: rest.findings,
    valid: true,
    plan: rest.plan,
    heldBack: broken.map((index, i) => ({ sessionId: rest.sessionIds[i], findings: errors.filter((f) => recordOf(f) === index) })),
  };
}
