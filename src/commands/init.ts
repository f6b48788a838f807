import { accessSync, constants, lstatSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import { planFromLastYear } from "../init/from-last-year.js";
import { readPlan } from "../pipeline/read-plans.js";
import { createFile, replaceOrCreateFile } from "../edit/safe-write.js";
import { writeFailure } from "../edit/write-failure.js";
import type { Translate } from "../i18n/translate.js";
import { answerLimits, answerProblem, FIRST_PLAN_YEAR, LAST_PLAN_YEAR, type AnswerLimits } from "../init/answer-checks.js";
import { askAnswers } from "../init/ask.js";
import { newPlanText, type CommonUnit, type NewPlanAnswers } from "../init/new-plan.js";
import { bundledTemplatesDir, loadTemplates } from "../load/templates.js";
import { todayInVietnam } from "../dates/clerk-dates.js";
import { hasErrors } from "../validate/check-plan.js";
import { checkText } from "../pipeline/check.js";
import { UsageError } from "./options.js";
import { EXIT, type CommandResult } from "../result.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";
import { schemaPath } from "./schema.js";
import { SCHEMA_FILE_NAME } from "../load/schema-line.js";

export interface InitOptions {
  yes?: boolean;
  province?: string;
  year?: number;
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
    else answers = await askAnswers((await import("../prompts/terminal-prompts.js")).terminalPrompts(t), common, year, limits, t);

    const text = newPlanText(answers, templates.wording, SCHEMA_FILE_NAME);
    const findings = checkText(file, text).findings;
    if (hasErrors(findings)) throw new UsageError("init-plan-invalid", {}, EXIT.unusable, findings);
    createFile(file, Buffer.from(text, "utf8"), () => new UsageError("init-exists", { file }));
    const schema = copySchemaBeside(file);
    return { exitCode: EXIT.ok, stdout: t("init-created", { file, schema }) + "\n" };
  } catch (error) {
    if ((error as { name?: string }).name === "ExitPromptError") return { exitCode: EXIT.unusable, stderr: t("init-cancelled") + "\n" };
    throw error;
  }
}

/** `init --from last-year.yaml`: the next year's plan started from a valid plan of the last one, without questions. */
function fromLastYear(file: string, from: string, yearOption: number | undefined, t: Translate): CommandResult {
  const read = readPlan(from);
  if (!read.plan) throw new UsageError("init-from-invalid", { file: from }, EXIT.unusable, read.findings);
  const year = yearOption ?? read.plan.year + 1;
  if (!Number.isInteger(year) || year < FIRST_PLAN_YEAR || year > LAST_PLAN_YEAR)
    throw new UsageError("option-year-range", { option: "--year", value: String(yearOption), first: FIRST_PLAN_YEAR, last: LAST_PLAN_YEAR });
  const head = [`# yaml-language-server: $schema=${SCHEMA_FILE_NAME}`, "#", ...t("init-from-header", { year, from: basename(from) }).split("\n").map((line) => `# ${line}`), ""];
  const next = planFromLastYear(read.plan, year);
  const text = head.join("\n") + "\n" + stringify(next, { lineWidth: 100, aliasDuplicateObjects: false });
  const findings = checkText(file, text).findings;
  if (hasErrors(findings)) throw new UsageError("init-plan-invalid", {}, EXIT.unusable, findings);
  createFile(file, Buffer.from(text, "utf8"), () => new UsageError("init-exists", { file }));
  copySchemaBeside(file);
  const open = next.carriedOver;
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
  const year = o.year ?? currentYear;
  if (!Number.isInteger(year) || year < FIRST_PLAN_YEAR || year > LAST_PLAN_YEAR)
    throw new UsageError("option-year-range", { option: "--year", value: String(o.year), first: FIRST_PLAN_YEAR, last: LAST_PLAN_YEAR });
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

/**
 * The schema beside the plan, so that the plan's line `$schema=plan.schema.json` keeps working
 * wherever the folder goes (a shared drive, another computer): written when missing or older,
 * left alone when it is this version's. Returns its path when it was written.
 */
function copySchemaBeside(file: string): string {
  const target = join(dirname(file), SCHEMA_FILE_NAME);
  const bytes = readFileSync(schemaPath());
  try {
    if (readFileSync(target).equals(bytes)) return "";
  } catch {
    // not there yet
  }
  try {
    replaceOrCreateFile(target, bytes);
  } catch {
    return ""; // something else in the way (a folder of that name): the plan stands, validate will say the line leads nowhere
  }
  return target;
}

/** The registry's entry point; `init` asks only on a terminal (stdin and stdout both). */
export const run = (args: ArgsOf<"init">, { t, now, terminal }: Pick<Context, "t" | "now" | "terminal">) =>
  initCommand(args.file, args, t, now, terminal.stdinIsTTY && terminal.stdoutIsTTY);
