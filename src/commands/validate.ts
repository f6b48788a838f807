import { findingsJson, findingsText } from "../present/findings.js";
import { readPlans } from "../pipeline/read-plans.js";
import { hasErrors } from "../validate/check-plan.js";
import type { Context } from "./context.js";
import { reading } from "./reading.js";
import type { ArgsOf } from "./registry.js";
import { EXIT, type CommandResult } from "./result.js";

/** `dialogue validate <files...>`: every finding of every file; exit 1 when one is an error, 2 when a file is unusable. */
export async function run({ files, format, cache }: ArgsOf<"validate">, context: Pick<Context, "t" | "env" | "terminal" | "streams">): Promise<CommandResult> {
  const { t } = context;
  const findings = [];
  let unreadable = false;
  const how = reading(cache, context);
  try {
    for (const read of readPlans(files, how)) {
      findings.push(...read.findings);
      unreadable ||= !read.readable;
    }
  } finally {
    how.end();
  }
  const exitCode = unreadable ? EXIT.unusable : hasErrors(findings) ? EXIT.findings : EXIT.ok;
  const stdout = format === "json" ? findingsJson(findings, t) : findingsText(findings, files.length, t);
  return { exitCode, stdout };
}
