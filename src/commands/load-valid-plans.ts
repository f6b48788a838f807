import type { Translate } from "../i18n/translate.js";
import type { Finding } from "../findings.js";
import { findingsText, refusalText } from "../present/findings.js";
import type { ReadOptions } from "../pipeline/read-plans.js";
import { PlansRefused, validPlans, type ValidPlan } from "../pipeline/valid-plans.js";
import type { CommandResult } from "../result.js";

/** A valid plan with the line of each of its tasks: what status and the writing commands work on. */
export type UsablePlan = ValidPlan;

/** The valid plans and their warnings as text, or the refusal as a result (for commands that return one). */
export function loadPlans(files: readonly string[], t: Translate, options: ReadOptions = {}): { ok: true; plans: UsablePlan[]; warnings: string } | { ok: false; result: CommandResult } {
  try {
    const { plans, findings } = validPlans(files, options);
    return { ok: true, plans, warnings: warningsText(findings, files.length, t) };
  } catch (error) {
    if (!PlansRefused.is(error)) throw error;
    return { ok: false, result: { exitCode: error.exitCode, stderr: refusalText(error.findings, error.invalid, error.files, t, false) } };
  }
}

export const warningsText = (findings: readonly Finding[], files: number, t: Translate) => (findings.length ? findingsText(findings, files, t, false) : "");
