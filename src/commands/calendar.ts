import { basename, extname, join } from "node:path";
import { calendarContent } from "../calendar/events.js";
import { icsText } from "../calendar/ics.js";
import type { Translate } from "../i18n/translate.js";
import { writeOutputFile } from "../present/write-output.js";
import { loadTemplates } from "../load/templates.js";
import { loadPlans } from "./load-valid-plans.js";
import { UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";
import type { Context } from "./context.js";
import type { ReadOptions } from "../pipeline/read-plans.js";
import { reading } from "./reading.js";
import type { ArgsOf } from "./registry.js";

export interface CalendarOptions {
  output?: string;
}

/** One plan's calendar is named after it, so two plans never overwrite each other's; several plans share one. */
export const defaultCalendarFile = (files: readonly string[]) =>
  join("out", files.length === 1 ? `${basename(files[0], extname(files[0]))}.ics` : "lich-doi-thoai.ics");

/** `dialogue calendar <files...> -o FILE.ics`: sessions and deadlines as iCalendar events with stable UIDs. */
export async function calendarCommand(files: string[], options: CalendarOptions, t: Translate, now: Date, how: ReadOptions = {}): Promise<CommandResult> {
  try {
    const loaded = loadPlans(files, t, how);
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

export async function run(args: ArgsOf<"calendar">, context: Pick<Context, "t" | "now" | "env" | "terminal" | "streams">): Promise<CommandResult> {
  const how = reading(args.cache, context);
  try {
    return await calendarCommand(args.files, args, context.t, context.now, how);
  } finally {
    how.end();
  }
}
