import { basename, extname, join } from "node:path";
import { calendarContent } from "../calendar/events.js";
import { icsText } from "../calendar/ics.js";
import type { Translate } from "../i18n/translate.js";
import { writeOutputFile } from "../present/write-output.js";
import { loadTemplates } from "../load/templates.js";
import { loadPlans } from "./load-valid-plans.js";
import { UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";
import type { Context, Env } from "./context.js";
import { planCache } from "../pipeline/plan-cache.js";
import type { ArgsOf } from "./registry.js";

export interface CalendarOptions {
  output?: string;
  /** False for `--no-cache`. */
  cache?: boolean;
}

/** One plan's calendar is named after it, so two plans never overwrite each other's; several plans share one. */
export const defaultCalendarFile = (files: readonly string[]) =>
  join("out", files.length === 1 ? `${basename(files[0], extname(files[0]))}.ics` : "lich-doi-thoai.ics");

/** `dialogue calendar <files...> -o FILE.ics`: sessions and deadlines as iCalendar events with stable UIDs. */
export async function calendarCommand(files: string[], options: CalendarOptions, t: Translate, now: Date, env?: Env): Promise<CommandResult> {
  try {
    const loaded = loadPlans(files, t, { cache: env && planCache(env, options.cache !== false) });
    if (!loaded.ok) return loaded.result;
    const { events, unscheduled } = calendarContent(loaded.plans, loadTemplates("hd36").wording);
    const output = options.output ?? defaultCalendarFile(files);
    writeOutputFile(output, icsText(events, now), { fsync: true });
    const notes = unscheduled.map((u) => t("calendar-unscheduled", { file: u.file, id: u.id }) + "\n").join("");
    return { exitCode: EXIT.ok, stdout: t("calendar-wrote", { file: output, count: events.length }) + "\n" + notes, stderr: loaded.warnings };
  } catch (error) {
    if (error instanceof UsageError) return usageResult(error, t);
    throw error;
  }
}

export const run = (args: ArgsOf<"calendar">, { t, now, env }: Pick<Context, "t" | "now" | "env">) => calendarCommand(args.files, args, t, now, env);
