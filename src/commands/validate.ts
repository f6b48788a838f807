import type { Translate } from "../i18n/translate.js";
import { loadPlan } from "../load/load-plan.js";
import { hasErrors } from "../validate/check-plan.js";
import { findingsJson, findingsText } from "../present/findings.js";
import { EXIT, type CommandResult } from "./result.js";

export interface ValidateOptions {
  format: "text" | "json";
}

export async function validateCommand(files: string[], options: ValidateOptions, t: Translate): Promise<CommandResult> {
  // Keep only the findings of each file, so that its YAML tree is freed before the next one is read.
  const loaded = files.map((file) => {
    const { usable, findings } = loadPlan(file);
    return { usable, findings };
  });
  const findings = loaded.flatMap((l) => l.findings);
  const exitCode = loaded.some((l) => !l.usable) ? EXIT.unusable : hasErrors(findings) ? EXIT.findings : EXIT.ok;
  const stdout = options.format === "json" ? findingsJson(findings, t) : findingsText(findings, files.length, t);
  return { exitCode, stdout };
}
