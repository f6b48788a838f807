import { existsSync, linkSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Translate } from "../i18n/translate.js";
import { askAnswers } from "../init/ask.js";
import { newPlanText, type CommonUnit, type NewPlanAnswers } from "../init/new-plan.js";
import { parsePlan } from "../load/parse-plan.js";
import { bundledTemplatesDir, loadTemplates } from "../load/templates.js";
import { todayInVietnam } from "../tracking/day.js";
import { checkPlan, hasErrors } from "../validate/check-plan.js";
import { UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

export interface InitOptions {
  yes?: boolean;
  province?: string;
  year?: string;
  signer?: string;
  position?: string;
  session?: string[];
  units?: string;
}

/** `dialogue init [file]`: a new year's plan, asked for interactively or given by flags with --yes. */
export async function initCommand(file: string, options: InitOptions, t: Translate, now: Date, interactive: boolean): Promise<CommandResult> {
  try {
    if (existsSync(file)) throw new UsageError("init-exists", { file });
    const templates = loadTemplates("hd36");
    const common = (JSON.parse(readFileSync(join(bundledTemplatesDir(), "units.json"), "utf8")) as { units: CommonUnit[] }).units;
    const year = Number(todayInVietnam(now).slice(0, 4));
    let answers: NewPlanAnswers;
    if (options.yes) answers = fromFlags(options, common, year);
    else if (!interactive) throw new UsageError("init-needs-terminal", { file });
    else answers = await askAnswers(await import("@inquirer/prompts"), {}, common, year, t);

    const text = newPlanText(answers, templates.wording, schemaRef(file));
    const findings = checkPlan(file, parsePlan(text));
    if (hasErrors(findings)) throw new Error(`the new plan does not validate: ${findings.map((f) => f.code).join(", ")}`);
    createExclusively(file, text);
    return { exitCode: EXIT.ok, stdout: t("init-created", { file }) + "\n" };
  } catch (error) {
    if (error instanceof UsageError) return usageResult(error, t);
    if ((error as { name?: string }).name === "ExitPromptError") return { exitCode: EXIT.unusable, stderr: t("init-cancelled") + "\n" };
    throw error;
  }
}

function fromFlags(o: InitOptions, common: CommonUnit[], currentYear: number): NewPlanAnswers {
  const missing = [!o.province && "--province", !o.signer && "--signer"].filter(Boolean);
  if (missing.length) throw new UsageError("init-missing-flags", { flags: missing.join(", ") });
  const year = o.year === undefined ? currentYear : Number(o.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError("option-bad-number", { option: "--year", value: String(o.year) });
  const ids = o.units?.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = ids?.filter((id) => !common.some((u) => u.id === id)) ?? [];
  if (unknown.length) throw new UsageError("init-unknown-units", { ids: unknown.join(", "), known: common.map((u) => u.id).join(", ") });
  return {
    province: o.province!,
    year,
    signerName: o.signer!,
    signerPosition: o.position ?? "BÍ THƯ",
    sessions: (o.session ?? []).map((theme) => ({ theme })),
    units: ids ? common.filter((u) => ids.includes(u.id)) : common.filter((u) => u.selected),
  };
}

/** The schema line's target, relative to the new file so that the folder can be moved with the tool. */
function schemaRef(file: string): string {
  const schema = resolve(bundledTemplatesDir(), "../schemas/plan.schema.json");
  const rel = relative(dirname(resolve(file)), schema);
  return /^[a-zA-Z]:/.test(rel) || rel.startsWith("\\\\") ? pathToFileURL(schema).href : rel.split("\\").join("/");
}

/** Written beside, then linked into place: never overwrites a file that appeared meanwhile, never half-written. */
function createExclusively(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { flag: "wx" });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError("init-exists", { file });
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/** The registry's entry point; `init` asks only on a terminal (stdin and stdout both). */
export const run = (args: ArgsOf<"init">, { t, now, terminal }: Pick<Context, "t" | "now" | "terminal">) =>
  initCommand(args.file, args, t, now, terminal.stdinIsTTY && terminal.stdoutIsTTY);
