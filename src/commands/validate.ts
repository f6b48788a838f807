import { loadPlan } from "../load/load-plan.js";
import { hasErrors } from "../validate/check-plan.js";
import { findingsJson, findingsText } from "../present/findings.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";
import { EXIT, type CommandResult } from "./result.js";

/** `dialogue validate <files...>`: every finding of every file; exit 1 when one is an error, 2 when a file is unusable. */
export async function run({ files, format }: ArgsOf<"validate">, { t }: Pick<Context, "t">): Promise<CommandResult> {
  // Keep only the findings of each file, so that its YAML tree is freed before the next one is read.
  const loaded = files.map((file) => {
    const { usable, findings } = loadPlan(file);
    return { usable, findings };
  });
  const findings = loaded.flatMap((l) => l.findings);
  const exitCode = loaded.some((l) => !l.usable) ? EXIT.unusable : hasErrors(findings) ? EXIT.findings : EXIT.ok;
  const stdout = format === "json" ? findingsJson(findings, t) : findingsText(findings, files.length, t);
  return { exitCode, stdout };
}
