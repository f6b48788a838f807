import { accessSync, constants, lstatSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { stringify } from "yaml";
import { planFromLastYear } from "../init/from-last-year.js";
import { readPlan } from "../pipeline/read-plans.js";
import { pathToFileURL } from "node:url";
import { createFile } from "../edit/safe-write.js";
import { writeFailure } from "../edit/write-failure.js";
import type { Translate } from "../i18n/translate.js";
import { answerLimits, answerProblem, type AnswerLimits } from "../init/answer-checks.js";
import { askAnswers } from "../init/ask.js";
import { newPlanText, type CommonUnit, type NewPlanAnswers } from "../init/new-plan.js";
import { findingsText } from "../present/findings.js";
import { bundledTemplatesDir, loadTemplates } from "../load/templates.js";
import { todayInVietnam } from "../tracking/day.js";
import { hasErrors } from "../validate/check-plan.js";
import { checkText } from "../pipeline/check.js";
import { UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";
import { schemaPath } from "./schema.js";

export interface InitOptions {
  yes?: boolean;
  province?: string;
  year?: string;
  signer?: string;
  position?: string;
  session?: string[];
  units?: string;
  from?: string;
}

/** `dialogue init [file]`: a new year's plan, asked for interactively or given by flags with --yes. */
export async function initCommand(file: string, options: InitOptions, t: Translate, now: Date, interactive: boolean): Promise<CommandResult> {
  try {
    checkDestination(file); // before any question: a clerk's answers are never asked for nothing
    const templates = loadTemplates("hd36");
    const common = (JSON.parse(readFileSync(join(bundledTemplatesDir(), "units.json"), "utf8")) as { units: CommonUnit[] }).units;
    const limits = answerLimits(JSON.parse(readFileSync(schemaPath(), "utf8")), templates.wording.newPlan.issuerName);
    const year = Number(todayInVietnam(now).slice(0, 4));
    if (options.from !== undefined) return fromLastYear(file, options.from, options.year, t);
    let answers: NewPlanAnswers;
    if (options.yes) answers = fromFlags(options, common, year, limits);
    else if (!interactive) throw new UsageError("init-needs-terminal", { file });
    else answers = await askAnswers(await import("@inquirer/prompts"), {}, common, year, limits, t);

    const text = newPlanText(answers, templates.wording, schemaRef(file));
    const findings = checkText(file, text).findings;
    if (hasErrors(findings)) throw new UsageError("init-plan-invalid", { findings: findingsText(findings, 1, t).trimEnd() });
    createFile(file, Buffer.from(text, "utf8"), () => new UsageError("init-exists", { file }));
    return { exitCode: EXIT.ok, stdout: t("init-created", { file }) + "\n" };
  } catch (error) {
    if (error instanceof UsageError) return usageResult(error, t);
    if ((error as { name?: string }).name === "ExitPromptError") return { exitCode: EXIT.unusable, stderr: t("init-cancelled") + "\n" };
    throw error;
  }
}

/** `init --from last-year.yaml`: the next year's plan started from a valid plan of the last one, without questions. */
function fromLastYear(file: string, from: string, yearOption: string | undefined, t: Translate): CommandResult {
  const read = readPlan(from);
  if (!read.plan) throw new UsageError("init-from-invalid", { file: from, findings: findingsText(read.findings, 1, t).trimEnd() });
  const year = yearOption === undefined ? read.plan.year + 1 : Number(yearOption);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError("option-bad-number", { option: "--year", value: String(yearOption) });
  const head = [`# yaml-language-server: $schema=${schemaRef(file)}`, "#", ...t("init-from-header", { year, from: basename(from) }).split("\n").map((line) => `# ${line}`), ""];
  const text = head.join("\n") + "\n" + stringify(planFromLastYear(read.plan, year), { lineWidth: 100, aliasDuplicateObjects: false });
  const findings = checkText(file, text).findings;
  if (hasErrors(findings)) throw new UsageError("init-plan-invalid", { findings: findingsText(findings, 1, t).trimEnd() });
  createFile(file, Buffer.from(text, "utf8"), () => new UsageError("init-exists", { file }));
  const open = read.plan ? planFromLastYear(read.plan, year).carriedOver : undefined;
  return { exitCode: EXIT.ok, stdout: t("init-from-created", { file, from, count: Array.isArray(open) ? open.length : 0 }) + "\n" };
}

/** The new file's folder exists and can be written in, and nothing has the file's name yet. */
function checkDestination(file: string): void {
  try {
    lstatSync(file);
    throw new UsageError("init-exists", { file });
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  const dir = dirname(resolve(file));
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError("init-no-folder", { dir });
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError("init-no-folder", { dir });
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw writeFailure(error, resolve(file));
  }
}

function fromFlags(o: InitOptions, common: CommonUnit[], currentYear: number, limits: AnswerLimits): NewPlanAnswers {
  const missing = [o.province === undefined && "--province", o.signer === undefined && "--signer"].filter(Boolean);
  if (missing.length) throw new UsageError("init-missing-flags", { flags: missing.join(", ") });
  const text = (option: string, value: string, limit: number) => {
    const problem = answerProblem(value, limit);
    if (problem) throw new UsageError(problem.key, { option, ...("limit" in problem && { length: problem.length, limit: problem.limit }) });
    return value.normalize("NFC").trim();
  };
  const year = o.year === undefined ? currentYear : Number(o.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError("option-bad-number", { option: "--year", value: String(o.year) });
  const ids = o.units?.split(",").map((s) => s.trim()).filter(Boolean);
  if (ids?.length === 0) throw new UsageError("option-blank", { option: "--units" });
  const unknown = ids?.filter((id) => !common.some((u) => u.id === id)) ?? [];
  if (unknown.length) throw new UsageError("init-unknown-units", { ids: unknown.join(", "), known: common.map((u) => u.id).join(", ") });
  return {
    province: text("--province", o.province!, limits.province),
    year,
    signerName: text("--signer", o.signer!, limits.signer),
    signerPosition: o.position === undefined ? "BÍ THƯ" : text("--position", o.position, limits.position),
    sessions: (o.session ?? []).map((theme) => ({ theme: text("--session", theme, limits.theme) })),
    units: ids ? common.filter((u) => ids.includes(u.id)) : common.filter((u) => u.selected),
  };
}

/** The schema line's target, relative to the new file so that the folder can be moved with the tool. */
function schemaRef(file: string): string {
  const schema = schemaPath();
  const rel = relative(dirname(resolve(file)), schema);
  return /^[a-zA-Z]:/.test(rel) || rel.startsWith("\\\\") ? pathToFileURL(schema).href : rel.split("\\").join("/");
}

/** The registry's entry point; `init` asks only on a terminal (stdin and stdout both). */
export const run = (args: ArgsOf<"init">, { t, now, terminal }: Pick<Context, "t" | "now" | "terminal">) =>
  initCommand(args.file, args, t, now, terminal.stdinIsTTY && terminal.stdoutIsTTY);
