import { mkdirSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { Translate } from "../i18n/translate.js";
import { writeDocx } from "../render/docx-writer.js";
import { minutesModel } from "../render/minutes-model.js";
import type { DocumentModel } from "../render/model.js";
import { noticeModel } from "../render/notice-model.js";
import { planModel } from "../render/plan-model.js";
import { convertToPdf, findSoffice } from "../render/pdf.js";
import { loadTemplates } from "../render/templates.js";
import { loadPlans } from "./load-valid-plans.js";
import { knownId, UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

export interface RenderOptions {
  output: string;
  only?: "plan" | "conclusions" | "minutes";
  session?: string;
  profile: string;
  templates?: string;
  pdf?: boolean;
}

/** `dialogue render <file>`: writes the official documents of a plan as DOCX files into a folder. */
export async function renderCommand(file: string, options: RenderOptions, t: Translate): Promise<CommandResult> {
  try {
    const templates = loadTemplates(options.profile, options.templates);
    const loaded = loadPlans([file], t);
    if (!loaded.ok) return loaded.result;
    const { plan } = loaded.plans[0];
    const sessions = plan.sessions ?? [];
    knownId("kind-session", options.session, sessions.map((s) => s.id), t);
    const recorded = sessions.filter((s) => s.record && (!options.session || s.id === options.session));
    const base = safeName(basename(file, extname(file)));
    const documents: [string, DocumentModel][] = [];
    const wanted = (kind: RenderOptions["only"]) => !options.only || options.only === kind;
    if (wanted("plan") && !options.session) documents.push([`${base}-ke-hoach.docx`, planModel(plan, templates)]);
    for (const session of recorded) {
      const hasConclusions = session.record?.assessment?.length || session.record?.assignments?.length || session.record?.notice;
      if (wanted("conclusions") && hasConclusions) documents.push([`${base}-thong-bao-ket-luan-${session.id}.docx`, noticeModel(plan, session, templates)]);
      if (wanted("minutes")) documents.push([`${base}-bien-ban-${session.id}.docx`, minutesModel(plan, session, templates)]);
    }
    if (!documents.length) throw new UsageError("render-nothing", { file });
    const written: string[] = [];
    for (const [name, model] of documents) written.push(writeInto(options.output, name, await writeDocx(model, templates)));
    if (options.pdf) {
      const wrote = written.map((path) => t("render-wrote", { file: path }) + "\n").join("");
      const soffice = findSoffice();
      if (!soffice) return { exitCode: EXIT.unusable, stdout: wrote, stderr: t("pdf-no-libreoffice") + "\n" };
      try {
        convertToPdf(soffice, written, options.output);
      } catch (error) {
        return { exitCode: EXIT.unusable, stdout: wrote, stderr: t("pdf-failed", { reason: (error as Error).message.split("\n")[0] }) + "\n" };
      }
      written.push(...written.map((path) => path.replace(/\.docx$/, ".pdf")));
    }
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

export const run = (args: ArgsOf<"render">, { t }: Pick<Context, "t">) => renderCommand(args.file, args, t);
