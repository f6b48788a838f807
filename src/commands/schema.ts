import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { replaceOrCreateFile } from "../edit/safe-write.js";
import type { Translate } from "../i18n/translate.js";
import { bundledTemplatesDir } from "../load/templates.js";
import { UsageError } from "./options.js";
import { EXIT, type CommandResult } from "../result.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

/** The plan schema shipped with the tool. */
export const schemaPath = () => resolve(bundledTemplatesDir(), "../schemas/plan.schema.json");

/**
 * `dialogue schema [--copy-to DIR]`: prints where the plan schema is, for the editor's
 * `$schema` line, or copies it next to the plans (so that a shared folder needs no tool path).
 * The copy replaces an older one whole, through a temporary file; on failure nothing is left.
 */
export async function schemaCommand(options: { copyTo?: string }, t: Translate): Promise<CommandResult> {
  const source = schemaPath();
  if (options.copyTo === undefined) return { exitCode: EXIT.ok, stdout: `${source}\n` };
  const dir = options.copyTo;
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw new UsageError("schema-no-folder", { dir });
  }
  if (!isFolder) throw new UsageError("schema-not-folder", { dir });
  const target = join(dir, "plan.schema.json");
  replaceOrCreateFile(target, readFileSync(source));
  return { exitCode: EXIT.ok, stdout: t("schema-copied", { file: target }) + "\n" };
}

export const run = (args: ArgsOf<"schema">, { t }: Pick<Context, "t">) => schemaCommand(args, t);
