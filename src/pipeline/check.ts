import type { Finding } from "../findings.js";
import { eachCarried, eachConclusionTask, eachTask } from "../plan/walk.js";
import { fileFinding } from "./file-finding.js";
import { pathKey } from "./path-key.js";
import type { CheckedFile } from "./plan-cache.js";
import { locate } from "../load/locate.js";
import { parsePlan, type ParsedPlan } from "../load/parse-plan.js";
import { decodePlanText, MAX_PLAN_BYTES } from "../load/read-source.js";
import type { Plan } from "../plan/types.gen.js";
import { checkPlan, hasErrors } from "../validate/check-plan.js";
import { schemaIssues } from "../validate/schema-check.js";

/** A plan's text checked as every command reads it: its findings, and the plan when it has no errors. */
export interface CheckedPlan {
  findings: Finding[];
  plan?: Plan;
  /** The YAML tree with positions, when the text could be parsed at all. */
  parsed?: ParsedPlan;
}

/**
 * The one way plan bytes become a plan: the size limit, UTF-8 (BOM dropped, NFC), one YAML
 * document, then the schema and the rules. Reading a file and writing an edited one both go
 * through here, so a file the tool writes is always one it will read back.
 */
export function checkBytes(file: string, bytes: Uint8Array): CheckedPlan {
  if (bytes.length > MAX_PLAN_BYTES) return { findings: [fileFinding(file, { ok: false, code: "input-too-large", params: { size: bytes.length, limit: MAX_PLAN_BYTES } })] };
  const decoded = decodePlanText(bytes);
  if (!decoded.ok) return { findings: [fileFinding(file, decoded)] };
  return checkText(file, decoded.text);
}

/** Plan text (already NFC) through the YAML reading, the schema and the rules. */
export function checkText(file: string, text: string): CheckedPlan {
  const parsed = parsePlan(text, (data) => schemaIssues(data).length);
  const findings = checkPlan(file, parsed, (path, atKey = false) => locate(parsed.doc, parsed.lines, path, atKey));
  return { findings, plan: hasErrors(findings) ? undefined : (parsed.data as Plan), parsed };
}

export { fileFinding };

/** Checks the bytes as they are, for whatever file holds them: what the plan cache keeps (findings without a file). */
export function checkedFile(bytes: Uint8Array): CheckedFile {
  const { findings, plan, parsed } = checkBytes("", bytes);
  const lines: [string, number][] = [];
  if (plan && parsed)
    for (const { path } of [...eachTask(plan), ...eachConclusionTask(plan), ...eachCarried(plan)]) lines.push([pathKey(path), locate(parsed.doc, parsed.lines, path).line]);
  return { findings, readable: parsed !== undefined, valid: plan !== undefined, plan, lines };
}

/**
 * The plan text checked again with the records of the sessions at `indexes` set aside, and the ids
 * of those sessions: render's reading of a plan whose only errors lie in records still being
 * filled in (held-back-records.ts).
 */
export function checkedWithoutRecords(file: string, text: string, indexes: readonly number[]): { findings: Finding[]; plan?: Plan; sessionIds: string[] } {
  const parsed = parsePlan(text);
  const sessions = (parsed.data as { sessions: Record<string, unknown>[] }).sessions;
  for (const index of indexes) delete sessions[index].record;
  const findings = checkPlan(file, { data: parsed.data, syntax: [] }, (path, atKey = false) => locate(parsed.doc, parsed.lines, path, atKey));
  return { findings, plan: hasErrors(findings) ? undefined : (parsed.data as Plan), sessionIds: indexes.map((index) => String(sessions[index].id)) };
}
