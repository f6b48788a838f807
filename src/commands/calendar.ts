import ical from "ical-generator";
import { calendarContent, type CalendarEvent } from "../calendar/events.js";
import type { Translate } from "../i18n/translate.js";
import { writeOutputFile } from "../present/write-output.js";
import { loadTemplates } from "../load/templates.js";
import { loadPlans } from "./load-valid-plans.js";
import { UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

/** Việt Nam is UTC+7 all year: a session at 08:00 there is 01:00 UTC. */
const VIETNAM_OFFSET_HOURS = 7;
const SESSION_HOURS = 3;

export interface CalendarOptions {
  output: string;
}

/** `dialogue calendar <files...> -o FILE.ics`: sessions and deadlines as iCalendar events with stable UIDs. */
export async function calendarCommand(files: string[], options: CalendarOptions, t: Translate, now: Date): Promise<CommandResult> {
  try {
    const loaded = loadPlans(files, t);
    if (!loaded.ok) return loaded.result;
    const { events, unscheduled } = calendarContent(loaded.plans, loadTemplates("hd36").wording);
    const calendar = ical({ name: "Đối thoại trực tiếp với dân", prodId: { company: "dialogue", product: "dialogue", language: "VI" } });
    for (const event of events) calendar.createEvent(toIcal(event, now));
    writeOutputFile(options.output, calendar.toString(), { fsync: true });
    const notes = unscheduled.map((u) => t("calendar-unscheduled", { file: u.file, id: u.id }) + "\n").join("");
    return { exitCode: EXIT.ok, stdout: t("calendar-wrote", { file: options.output, count: events.length }) + "\n" + notes, stderr: loaded.warnings };
  } catch (error) {
    if (error instanceof UsageError) return usageResult(error, t);
    throw error;
  }
}

function toIcal(event: CalendarEvent, stamp: Date) {
  const [y, m, d] = event.day.split("-").map(Number);
  const base = { id: event.uid, summary: event.summary, description: event.description, location: event.location, stamp };
  if (!event.time) return { ...base, start: new Date(Date.UTC(y, m - 1, d)), allDay: true };
  const [hour, minute] = event.time.split(":").map(Number);
  const start = new Date(Date.UTC(y, m - 1, d, hour - VIETNAM_OFFSET_HOURS, minute));
  return { ...base, start, end: new Date(start.getTime() + SESSION_HOURS * 3_600_000) };
}

export const run = (args: ArgsOf<"calendar">, { t, now }: Pick<Context, "t" | "now">) => calendarCommand(args.files, args, t, now);
