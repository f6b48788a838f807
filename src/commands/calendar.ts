import { basename, extname, join } from "node:path";
import { distinctFiles } from "./plan-files.js";
import { calendarContent } from "../calendar/events.js";
import { icsText } from "../calendar/ics.js";
import { writeOutputFile } from "../present/write-output.js";
import { loadTemplates } from "../load/templates.js";
import { validPlans } from "../pipeline/valid-plans.js";
import { warningsText } from "./load-valid-plans.js";
import { reading } from "./reading.js";
import { EXIT, type CommandResult } from "../result.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

/** One plan's calendar is named after it, so two plans never overwrite each other's; several plans share one. */
export const defaultCalendarFile = (files: readonly string[]) =>
  join("out", files.length === 1 ? `${basename(files[0], extname(files[0]))}.ics` : "lich-doi-thoai.ics");

/** `dialogue calendar <files...> -o FILE.ics`: sessions and deadlines as iCalendar events with stable UIDs. */
export async function run({ files: named, output = defaultCalendarFile(named), cache }: ArgsOf<"calendar">, context: Pick<Context, "t" | "now" | "env" | "terminal" | "streams">): Promise<CommandResult> {
  const files = distinctFiles(named);
  const { t, now } = context;
  const how = reading(cache, context);
  try {
    const { plans, findings } = validPlans(files, how);
    const { events, unscheduled } = calendarContent(plans, loadTemplates("hd36").wording);
    writeOutputFile(output, icsText(events, now), { fsync: true });
    const notes = unscheduled.map((u) => t("calendar-unscheduled", { file: u.file, id: u.id }) + "\n").join("");
    return { exitCode: EXIT.ok, stdout: t("calendar-wrote", { file: output, count: events.length }) + "\n" + notes, stderr: warningsText(findings, files.length, t) };
  } finally {
    how.end();
  }
}
