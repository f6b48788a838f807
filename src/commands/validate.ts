import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Finding } from "../findings.js";
import { schemaLine, schemaTarget } from "../load/schema-line.js";
import { findingsJson, findingsText } from "../present/findings.js";
import { readPlans } from "../pipeline/read-plans.js";
import { hasErrors } from "../validate/check-plan.js";
import type { Context } from "./context.js";
import { reading } from "./reading.js";
import type { ArgsOf } from "./registry.js";
import { loadColours } from "../present/colors.js";
import { EXIT, type CommandResult } from "../result.js";

/** `dialogue validate <files...>`: every finding of every file; exit 1 when one is an error, 2 when a file is unusable. */
export async function run({ files, format, cache }: ArgsOf<"validate">, context: Pick<Context, "t" | "env" | "terminal" | "streams" | "color">): Promise<CommandResult> {
  const { t, color } = context;
  if (color) await loadColours(); // each command is a bundle with its own copy of the painter
  const findings = [];
  let unreadable = false;
  const how = reading(cache, context);
  try {
    for (const read of readPlans(files, how)) {
      findings.push(...read.findings);
      if (read.readable) findings.push(...brokenSchemaLine(read.file));
      unreadable ||= !read.readable;
    }
  } finally {
    how.end();
  }
  const exitCode = unreadable ? EXIT.unusable : hasErrors(findings) ? EXIT.findings : EXIT.ok;
  const stdout = format === "json" ? findingsJson(findings, t) : findingsText(findings, files.length, t, color);
  return { exitCode, stdout };
}

/**
 * A warning when the plan's `$schema` line leads the editor nowhere (the plan was moved, or the
 * schema never copied beside it). Checked here, not with the plan's text: it depends on the folder.
 */
function brokenSchemaLine(file: string): Finding[] {
  let line;
  try {
    line = schemaLine(readFileSync(file, "utf8"));
  } catch {
    return [];
  }
  const resolved = line && schemaTarget(file, line.target);
  if (!line || resolved === undefined || existsSync(resolved)) return [];
  return [{ file, line: line.line, column: line.column, severity: "warning", code: "schema-line-broken", path: [], params: { target: line.target, resolved, dir: dirname(file) || "." } }];
}
