import { basename, extname, join } from "node:path";
import type { Translate } from "../i18n/translate.js";
import { insideFolder, writeOutputFile } from "../present/write-output.js";
import { writeDocx } from "../present/docx/docx-writer.js";
import { minutesModel } from "../documents/minutes-model.js";
import type { DocumentModel } from "../documents/model.js";
import { conclusionsModel } from "../documents/conclusions-model.js";
import { planModel } from "../documents/plan-model.js";
import { convertToPdf, findSoffice, PdfMissing } from "../present/docx/pdf.js";
import { loadTemplates } from "../load/templates.js";
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
      if (wanted("conclusions") && hasConclusions) documents.push([`${base}-thong-bao-ket-luan-${session.id}.docx`, conclusionsModel(plan, session, templates)]);
      if (wanted("minutes")) documents.push([`${base}-bien-ban-${session.id}.docx`, minutesModel(plan, session, templates)]);
    }
    if (!documents.length) throw new UsageError("render-nothing", { file });
    const written: string[] = [];
    let failed: string | undefined;
    try {
      for (const [name, model] of documents) written.push(writeInto(options.output, name, await writeDocx(model, templates)));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failed = t(error.key, error.params);
    }
    if (options.pdf && !failed) failed = addPdfs(written, t);
    const stdout = written.map((path) => t("render-wrote", { file: path }) + "\n").join("");
    if (failed) return { exitCode: EXIT.unusable, stdout, stderr: loaded.warnings + failed + "\n" };
    return { exitCode: EXIT.ok, stdout, stderr: loaded.warnings };
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
 * Adds a PDF beside each DOCX in `written` (which then lists them too); returns what went wrong,
 * if anything. Only a PDF that LibreOffice made now, and that is a PDF, is put in place and named.
 */
function addPdfs(written: string[], t: Translate): string | undefined {
  const soffice = findSoffice();
  if (!soffice) return t("pdf-no-libreoffice");
  const docxFiles = [...written];
  let pdfs: Buffer[];
  try {
    pdfs = convertToPdf(soffice, docxFiles);
  } catch (error) {
    if (error instanceof PdfMissing) return t("pdf-not-written", { file: pdfPath(error.docx), reason: t(error.reason) });
    return t("pdf-failed", { reason: (error as Error).message.split("\n")[0] });
  }
  for (const [i, docx] of docxFiles.entries()) {
    try {
      writeOutputFile(pdfPath(docx), pdfs[i]);
    } catch (error) {
      if (error instanceof UsageError) return t(error.key, error.params);
      throw error;
    }
    written.push(pdfPath(docx));
  }
  return undefined;
}

const pdfPath = (docx: string) => docx.replace(/\.docx$/, ".pdf");

/**
 * Writes through a temporary file renamed into place, so no reader ever sees half a document,
 * never through a link nor over anything but a regular file (write-output.ts); a name can never
 * lead outside the chosen folder. No fsync: a rendered document is reproducible from the plan, and
 * fsync cost up to 0.7 s per file on this machine's disk.
 */
function writeInto(dir: string, name: string, bytes: Buffer): string {
  if (!insideFolder(dir, name)) throw new UsageError("render-output-invalid", { dir, reason: name });
  writeOutputFile(join(dir, name), bytes);
  return join(dir, name);
}

export const run = (args: ArgsOf<"render">, { t }: Pick<Context, "t">) => renderCommand(args.file, args, t);
