import { basename, extname, join } from "node:path";
import {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_CODES,
  type BuiltDocument,
  type DocumentKind,
  type DocumentSource,
  type KindEntry,
  type KindModule,
  type SourceInputs,
  type WithheldDocument,
} from "../documents/registry.js";
import { byIssuer } from "../documents/issuer.js";
import { reportPeriod, yearBefore } from "../documents/report-period.js";
import type { Templates } from "../documents/templates.js";
import type { Translate } from "../i18n/translate.js";
import { loadTemplates } from "../load/templates.js";
import type { ReadOptions } from "../pipeline/read-plans.js";
import type { Plan } from "../plan/types.gen.js";
import { docxBytes } from "../present/docx/kept-docx.js";
import { convertToPdf, findSoffice, PdfMissing } from "../present/docx/pdf.js";
import { insideFolder, writeOutputFile } from "../present/write-output.js";
import { todayInVietnam } from "../dates/clerk-dates.js";
import { plusDays, type Day } from "../tracking/day.js";
import type { Context, Env } from "./context.js";
import { reading } from "./reading.js";
import { warningsText, type UsablePlan } from "./load-valid-plans.js";
import { readPlanForDocuments, type HeldBackRecord } from "../pipeline/held-back-records.js";
import { PlanCollector } from "../pipeline/valid-plans.js";
import { findingsText } from "../present/findings.js";
import { ownOfficeText } from "../present/own-office-text.js";
import { knownId, UsageError } from "./options.js";
import { distinctFiles, planFiles } from "./plan-files.js";
import type { ArgsOf } from "./registry.js";
import { EXIT, type CommandResult } from "../result.js";

export interface RenderOptions {
  output: string;
  only?: DocumentKind;
  session?: string;
  period?: string;
  asOf?: string;
  replyBy?: string;
  profile?: string;
  templates?: string;
  pdf?: boolean;
}

/** A reminder asks for a report within a week unless the clerk gives the day (`--reply-by`). */
const REPLY_WITHIN_DAYS = 7;

/**
 * `dialogue render <files...>`: writes the official documents of plans as DOCX files into a
 * folder. Without `--only`, every document the plans record (the plan, its amendments, each
 * session's notices and minutes); `--only KIND` one kind (and drafts of it where nothing is
 * recorded yet); `--period` the report of that period over all the plans; `--only reminder` the
 * reminder letters of `--as-of` (today in Việt Nam by default).
 */
export async function renderCommand(paths: readonly string[], options: RenderOptions, { t, now, env }: Pick<Context, "t" | "now" | "env">, how: ReadOptions = {}): Promise<CommandResult> {
  const files = distinctFiles(planFiles(paths));
  if (!files.length) throw new UsageError("render-no-plans", { paths: paths.join(", ") });
  // The day of the report and the letters; today is read only when one of them is made (the plan
  // and a session's documents count no days).
  let today: Day | undefined;
  const asOf = () => options.asOf ?? (today ??= todayInVietnam(now));
  const replyBy = () => options.replyBy ?? plusDays(asOf(), REPLY_WITHIN_DAYS);
  const kinds = selectedKinds(options);
  const templatesFor = templatesByProfile(options);
  const loaded = plansForDocuments(files, t, how);
  const plans = loaded.plans;
  const refused: string[] = [];
  knownId("kind-session", options.session, plans.flatMap((p) => (p.plan.sessions ?? []).map((s) => s.id)), t);

  const documents: { name: string; built: BuiltDocument; templates: Templates }[] = [];
  // What a kind leaves unmade on purpose (a reminder to the issuing office itself, a report for an
  // issuer without a plan of the period's year), said on stderr.
  let withheld = "";
  const add = (file: string, kind: DocumentKind, templates: Templates, built: (BuiltDocument | WithheldDocument)[]) => {
    for (const one of built) {
      if ("withheld" in one) withheld += ownOfficeText(one.withheld, file, asOf(), t);
      else documents.push({ name: documentName(file, kind, one.part), built: one, templates });
    }
  };
  for (const kind of kinds) {
    const entry: KindEntry<DocumentSource> = DOCUMENT_KINDS[kind];
    const asked = options.only === kind;
    const module = await entry.load();
    const build = <S extends DocumentSource>(input: SourceInputs[S], templates: Templates) => (module as KindModule<S>).build(input, templates, asked);
    if (entry.source === "plan" && !options.session) for (const { file, plan } of plans) add(file, kind, templatesFor(plan), build<"plan">({ plan }, templatesFor(plan)));
    if (entry.source === "session")
      for (const { file, plan, heldBack } of plans)
        for (const session of plan.sessions ?? []) {
          if (options.session && session.id !== options.session) continue;
          const broken = FED_BY_RECORDS.includes(kind) && heldBack.find((h) => h.sessionId === session.id);
          if (broken) refused.push(t("render-record-held-back", { file, id: session.id, kind }));
          else add(file, kind, templatesFor(plan), build<"session">({ plan, session }, templatesFor(plan)));
        }
    // A report or a reminder speaks for one issuer, of its plans only, under the name of its first
    // plan; it counts the conclusions' assignments, so none is made while one of its plans' records is held back.
    const inputs: { group: DocumentPlan[]; build: (templates: Templates) => (BuiltDocument | WithheldDocument)[] }[] = [];
    if (entry.source === "period") {
      const period = periodInputs(plans, options, now, asOf(), t);
      withheld += period.unmade;
      for (const input of period.inputs) inputs.push({ group: [...input.plans, ...input.previous], build: (tpl) => build<"period">(input, tpl) });
    }
    if (entry.source === "unit") for (const group of byIssuer(plans)) inputs.push({ group, build: (tpl) => build<"unit">({ plans: group, asOf: asOf(), replyBy: replyBy() }, tpl) });
    for (const { group, build: made } of inputs) {
      const waiting = FED_BY_RECORDS.includes(kind) ? group.find((p) => p.heldBack.length) : undefined;
      if (waiting) refused.push(t("render-waits-for-record", { kind, file: waiting.file, id: waiting.heldBack[0].sessionId }));
      else add(group[0].file, kind, templatesFor(group[0].plan), made(templatesFor(group[0].plan)));
    }
  }
  const heldBackText = loaded.heldBack.length ? findingsText(loaded.heldBack.flatMap((h) => h.findings), files.length, t, false) + refused.map((line) => line + "\n").join("") : "";
  if (!documents.length && heldBackText) return { exitCode: EXIT.findings, stderr: loaded.warnings + heldBackText + withheld };
  // Only the office itself is late: nothing to send, and nothing wrong; the clerk reads its tasks.
  if (!documents.length && withheld) return { exitCode: EXIT.ok, stderr: loaded.warnings + withheld };
  if (!documents.length) throw new UsageError("render-nothing", { file: paths.join(", "), kind: options.only ?? "" });
  refuseSameNames(documents.map((d) => d.name));

  const written: string[] = [];
  let failed: string | undefined;
  try {
    for (const { name, built, templates } of documents) written.push(writeInto(options.output, name, await docxBytes(built.model, templates, how.cache)));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    failed = t(error.key, error.params);
  }
  if (options.pdf && !failed) failed = addPdfs(written, t, env);
  const stdout = written.map((path) => t("render-wrote", { file: path }) + "\n").join("");
  if (failed) return { exitCode: EXIT.unusable, stdout, stderr: loaded.warnings + heldBackText + withheld + failed + "\n" };
  return { exitCode: heldBackText ? EXIT.findings : EXIT.ok, stdout, stderr: loaded.warnings + heldBackText + withheld };
}

/** The documents a session's record feeds: its own notice and minutes, and the figures and letters that count its assignments. */
const FED_BY_RECORDS: readonly DocumentKind[] = ["conclusions", "minutes", "report", "reminder"];

/** A plan read for its documents, with the records held back while they still have errors. */
type DocumentPlan = UsablePlan & { heldBack: HeldBackRecord[] };

/**
 * The plans, each valid or valid but for records still being filled in (held back, with their
 * findings); any other error refuses the run as for every command.
 */
function plansForDocuments(files: readonly string[], t: Translate, options: ReadOptions): { plans: DocumentPlan[]; heldBack: HeldBackRecord[]; warnings: string } {
  const collector = new PlanCollector();
  const plans: DocumentPlan[] = [];
  for (const file of files) {
    const read = readPlanForDocuments(file, options);
    const valid = collector.add(read);
    if (valid) plans.push({ ...valid, heldBack: read.heldBack });
  }
  collector.refuseIfBroken();
  const heldBack = plans.flatMap((p) => p.heldBack);
  return { plans, heldBack, warnings: warningsText(collector.findings, files.length, t) };
}

/** The kinds to make: the one named, the report when a period is given, else every kind a plan or its sessions record. */
function selectedKinds(options: RenderOptions): DocumentKind[] {
  const sourceOf = (kind: DocumentKind): DocumentSource => DOCUMENT_KINDS[kind].source;
  if (options.only) {
    if (sourceOf(options.only) === "period" && !options.period) throw new UsageError("render-needs-period", { kind: options.only });
    return [options.only];
  }
  if (options.period) return DOCUMENT_KIND_CODES.filter((k) => sourceOf(k) === "period");
  return DOCUMENT_KIND_CODES.filter((k) => sourceOf(k) === "plan" || sourceOf(k) === "session");
}

/** Templates per profile, read once: `--profile` for every plan, else the Party format (HD36) or, for a state body, ND30. */
function templatesByProfile(options: RenderOptions): (plan: Plan) => Templates {
  const cache = new Map<string, Templates>();
  return (plan) => {
    const profile = options.profile ?? (plan.issuer.kind === "state" ? "nd30" : "hd36");
    let templates = cache.get(profile);
    if (!templates) cache.set(profile, (templates = loadTemplates(profile, options.templates)));
    return templates;
  };
}

/**
 * The reports' inputs, one per issuer with a plan of the period's year (the latest year among all
 * the plans when the period names none): its plans of that year and, for the comparison, its
 * plans of the year before; its first plan of the year speaks for its report (the issuer, the
 * `reports` entry and the data's cut-off day). The day judged on is `--as-of`, else the period's
 * last day, or today while the period runs.
 */
function periodInputs(plans: DocumentPlan[], options: RenderOptions, now: Date, asOf: Day, t: Translate): { inputs: (SourceInputs["period"] & { plans: DocumentPlan[]; previous: DocumentPlan[] })[]; unmade: string } {
  const text = options.period!;
  const latest = Math.max(...plans.map((p) => p.plan.year));
  const calendar = reportPeriod(text, latest);
  if (!calendar) throw new UsageError("option-bad-period", { value: text });
  // An issuer given only with plans of other years has no report; said, so that none goes missing unseen.
  let unmade = "";
  const inputs = byIssuer(plans).flatMap((group) => {
    const current = group.filter((p) => p.plan.year === calendar.year);
    if (!current.length) {
      unmade += t("render-report-no-plan-of-year", { issuer: group[0].plan.issuer.name, year: calendar.year, period: calendar.label, files: group.map((p) => p.file).join(", ") }) + "\n";
      return [];
    }
    const entry = (current[0].plan.reports ?? []).find((r) => r.period.toLowerCase() === calendar.label);
    const resolved = reportPeriod(calendar.label, calendar.year, entry?.cutOffDay)!;
    const day = options.asOf ? asOf : [resolved.period.to, todayInVietnam(now)].sort()[0];
    const before = yearBefore(resolved);
    return [{ plans: current, previous: group.filter((p) => p.plan.year === before.year), period: resolved.period, label: resolved.label, asOf: day }];
  });
  if (!inputs.length) throw new UsageError("render-no-plan-of-year", { period: calendar.label, year: calendar.year });
  return { inputs, unmade };
}

/** `<plan>-<kind's suffix>[-<part>].docx`, the part telling apart a session's, an amendment's or a unit's document. */
function documentName(file: string, kind: DocumentKind, part: string | undefined): string {
  return `${safeName(basename(file, extname(file)))}-${DOCUMENT_KINDS[kind].suffix}${part ? `-${safeName(part)}` : ""}.docx`;
}

/**
 * Two plans of the same name (from two folders) would write one file twice: refused before anything
 * is written. So would two names differing only in case (KH.yaml, kh.yaml) on Windows and macOS,
 * whose disks do not tell them apart; and the folder may be shared with them.
 */
function refuseSameNames(names: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) throw new UsageError("render-same-name", { name: other, ...(other !== name && { other: name }) });
    seen.set(name.toLowerCase(), name);
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
function addPdfs(written: string[], t: Translate, env: Env): string | undefined {
  const soffice = findSoffice(env);
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
function writeInto(dir: string, name: string, bytes: Uint8Array): string {
  if (!insideFolder(dir, name)) throw new UsageError("render-output-invalid", { dir, reason: name });
  writeOutputFile(join(dir, name), bytes);
  return join(dir, name);
}

export async function run({ files, ...options }: ArgsOf<"render">, context: Pick<Context, "t" | "now" | "env" | "terminal" | "streams">): Promise<CommandResult> {
  const how = reading(options.cache, context);
  try {
    return await renderCommand(files, options, context, how);
  } finally {
    how.end();
  }
}
