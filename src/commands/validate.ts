import { findingsJson, findingsText } from "../present/findings.js";
import { readPlans } from "../pipeline/read-plans.js";
import { hasErrors } from "../validate/check-plan.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";
import { EXIT, type CommandResult } from "../result.js";

/** `dialogue validate <files...>`: every finding of every file; exit 1 when one is an error, 2 when a file is unusable. */
export async function run({ files, format }: ArgsOf<"validate">, { t, color }: Pick<Context, "t" | "color">): Promise<CommandResult> {
  const findings = [];
  let unreadable = false;
  for (const read of readPlans(files)) {
    findings.push(...read.findings);
    unreadable ||= !read.readable;
  }
  const exitCode = unreadable ? EXIT.unusable : hasErrors(findings) ? EXIT.findings : EXIT.ok;
  const stdout = format === "json" ? findingsJson(findings, t) : findingsText(findings, files.length, t, color);
  return { exitCode, stdout };
}
