import type { Translate } from "../i18n/translate.js";
import type { PlannedTime, SessionEvent } from "../plan/types.gen.js";
import { todayInVietnam } from "../tracking/day.js";
import { isRealDate } from "../validate/calendar-date.js";
import { loadSession } from "./load-valid-plans.js";
import { dayOption, UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";
import { oneLine } from "./task.js";
import { updatePlanFile } from "./update-plan-file.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

export interface SessionOptions {
  date?: string;
  time?: string;
  venue?: string;
  heldOn?: string;
  postponeTo?: string;
  cancel?: boolean;
  reason?: string;
  on?: string;
}

/** `dialogue session <file> <id> …`: records that a session was scheduled, moved, held, postponed or cancelled. */
export async function sessionCommand(file: string, id: string, options: SessionOptions, t: Translate, now: Date): Promise<CommandResult> {
  try {
    const today = dayOption("--on", options.on) ?? todayInVietnam(now);
    const actions = [options.date, options.heldOn, options.postponeTo, options.cancel].filter((a) => a !== undefined && a !== false);
    if (actions.length !== 1) throw new UsageError("session-one-action");
    const date = dayOption("--date", options.date);
    const heldOn = dayOption("--held-on", options.heldOn);
    if (options.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(options.time)) throw new UsageError("option-bad-time", { value: options.time });
    const target = options.postponeTo === undefined ? undefined : plannedTime(options.postponeTo);
    if ((target || options.cancel) && !options.reason) throw new UsageError("option-needs-reason");

    const found = loadSession(file, id, t);
    if (!found.ok) return found.result;
    const { session, index } = found;
    const at = ["sessions", index];
    const reason = options.reason === undefined ? undefined : oneLine(options.reason);

    let status: string;
    let event: SessionEvent;
    const failure = await updatePlanFile(
      file,
      (edit) => {
        if (date) {
          const previous = session.scheduled?.date;
          status = session.status === "held" ? "held" : "scheduled";
          edit.set([...at, "scheduled", "date"], date);
          if (options.time) edit.set([...at, "scheduled", "time"], options.time);
          if (options.venue) edit.set([...at, "scheduled", "venue"], oneLine(options.venue));
          event = previous && previous !== date ? { on: today, change: "moved", from: previous, to: date } : { on: today, change: "scheduled", to: date };
        } else if (heldOn) {
          status = "held";
          edit.set([...at, "heldOn"], heldOn);
          event = { on: today, change: "held" };
        } else if (target) {
          status = "postponed";
          // A second postponement may change the kind of period (a quarter, then a month).
          for (const key of Object.keys(session.postponedTo ?? {})) if (!(key in target)) edit.remove([...at, "postponedTo", key]);
          for (const [key, value] of Object.entries(target)) edit.set([...at, "postponedTo", key], value);
          event = { on: today, change: "postponed" };
        } else {
          status = "cancelled";
          event = { on: today, change: "cancelled" };
        }
        edit.set([...at, "status"], status);
        if (reason) {
          edit.set([...at, "reason"], reason);
          event.reason = reason;
        }
        edit.append([...at, "history"], { ...event });
      },
      t,
    );
    if (failure) return failure;
    return { exitCode: EXIT.ok, stdout: t("session-updated", { file, id, status: status!, date: date ?? heldOn ?? options.postponeTo ?? "" }) + "\n" };
  } catch (error) {
    if (error instanceof UsageError) return usageResult(error, t);
    throw error;
  }
}

function plannedTime(value: string): PlannedTime {
  if (isRealDate(value)) return { date: value };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { month: value };
  const quarter = /^(\d{4})-[Qq]([1-4])$/.exec(value);
  if (quarter) return { quarter: `${quarter[1]}-Q${quarter[2]}` };
  throw new UsageError("option-bad-target", { value });
}

export const run = (args: ArgsOf<"session">, { t, now }: Pick<Context, "t" | "now">) => sessionCommand(args.file, args.sessionId, args, t, now);
