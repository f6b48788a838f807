import { mkdirSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { Translate } from "../i18n/translate.js";
import { writeDocx } from "../render/docx-writer.js";
import { planModel } from "../render/plan-model.js";
import { loadTemplates } from "../render/templates.js";
import { loadPlans } from "./load-valid-plans.js";
import { UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";

export interface RenderOptions {
  output: string;
  only?: "plan";
  profile: string;
  templates?: string;
}

/** `dialogue render <file>`: writes the official documents of a plan as DOCX files into a folder. */
export async function renderCommand(file: string, options: RenderOptions, t: Translate): Promise<CommandResult> {
  try {
    const templates = loadTemplates(options.profile, options.templates);
    const loaded = loadPlans([file], t);
    if (!loaded.ok) return loaded.result;
    const { plan } = loaded.plans[0];
    const bytes = await writeDocx(planModel(plan, templates), templates);
    const written = [writeInto(options.output, `${safeName(basename(file, extname(file)))}-ke-hoach.docx`, bytes)];
    return { exitCode: EXIT.ok, stdout: written.map((path) => t("render-wrote", { file: path }) + "\n").join(""), stderr: loaded.warnings };
  } catch (error) {
    if (error instanceof UsageError) return usageResult(error, t);
    throw error;
  }
}

/** Windows-safe file names: no reserved characters, no trailing dots or spaces. */
export function safeName(name: string): string {
  const cleaned = name.normalize("NFC").replace(/[<>:"/\\|?*\u0000-\u001f]/g, "-").replace(/[. ]+$/, "");
  return cleaned || "van-ban";
}

/**
 * Writes through a temporary file renamed into place, so no reader ever sees half a document; a
 * name can never lead outside the chosen folder. No fsync: a rendered document is reproducible
 * from the plan, and fsync cost up to 0.7 s per file on this machine's disk.
 */
function writeInto(dir: string, name: string, bytes: Buffer): string {
  const target = resolve(dir, name);
  if (relative(resolve(dir), target).startsWith("..")) throw new UsageError("render-output-invalid", { dir, reason: name });
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic.sync(target, bytes, { fsync: false });
  } catch (error) {
    throw new UsageError("render-output-invalid", { dir, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return join(dir, name);
}
