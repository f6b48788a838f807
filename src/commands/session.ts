import type { Translate } from "../i18n/translate.js";
import { sessionChange, type SessionAction, type SessionChange } from "../edit/session-change.js";
import type { PlannedTime } from "../plan/types.gen.js";
import { readDay, todayInVietnam } from "../dates/clerk-dates.js";
import { readMonth } from "../dates/clerk-month.js";
import { vietnameseDate } from "../tracking/day.js";
import { knownId, notARealDay, UsageError } from "./options.js";
import type { CommandResult } from "../result.js";
import { updatePlanFile } from "../edit/update-plan-file.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

export interface SessionOptions {
  date?: string;
  time?: string;
  venue?: string;
  heldOn?: string;
  postponeTo?: string;
  cancel?: boolean;
  undoHeld?: boolean;
  reason?: string;
  on?: string;
}

/** `dialogue session <file> <id> …`: records that a session was scheduled, moved, held, postponed or cancelled. */
export async function sessionCommand(file: string, id: string, options: SessionOptions, t: Translate, now: Date): Promise<CommandResult> {
  const today = todayInVietnam(now);
  const recordedOn = options.on ?? today;
  const action = sessionAction(options, today, { file, id });
  return await updatePlanFile(
    file,
    (plan) => {
      const sessions = plan.sessions ?? [];
      knownId("kind-session", id, sessions.map((s) => s.id), t);
      const index = sessions.findIndex((s) => s.id === id);
      const change = sessionChange(sessions[index], action, recordedOn, { file, id });
      const at = ["sessions", index];
      return {
        change:
          change === "unchanged"
            ? undefined
            : (edit) => {
                for (const path of change.remove) edit.remove([...at, ...path]);
                for (const [path, value] of change.set) edit.set([...at, ...path], value);
                if (change.dropEvent !== undefined) edit.removeItem([...at, "history"], change.dropEvent);
                if (change.event) edit.append([...at, "history"], { ...change.event });
              },
        done: change === "unchanged" ? "" : outcomeText(change, file, id, t),
        unchanged: t(action.kind === "undo-held" ? "session-undo-not-held" : "session-unchanged", { file, id }),
      };
    },
    t,
  );
}

/**
 * The one thing the options say happened, checked before the plan is read: one action at a time,
 * only the options that belong to it, no session held in the future.
 */
export function sessionAction(o: SessionOptions, today: string, where: { file: string; id: string }): SessionAction {
  const given = (
    [
      ["--date", o.date],
      ["--held-on", o.heldOn],
      ["--postpone-to", o.postponeTo],
      ["--cancel", o.cancel || undefined],
      ["--undo-held", o.undoHeld || undefined],
    ] as const
  ).filter(([, value]) => value !== undefined);
  if (given.length === 0) throw new UsageError("session-one-action");
  if (given.length > 1) throw new UsageError("session-only-one-action", { options: given.map(([name]) => name).join(", ") });
  const [name] = given[0];
  for (const [option, value] of [["--time", o.time], ["--venue", o.venue]] as const)
    if (value !== undefined && name !== "--date") throw new UsageError("session-option-needs-date", { option, action: name });
  if (o.reason !== undefined && name !== "--postpone-to" && name !== "--cancel") throw new UsageError("session-reason-not-here", { action: name });

  if (o.date !== undefined) {
    return { kind: "date", date: o.date, time: o.time, venue: o.venue };
  }
  if (o.heldOn !== undefined) {
    const on = o.heldOn;
    if (on > today) throw new UsageError("session-held-in-future", { ...where, date: on, dateVi: vietnameseDate(on), today, todayVi: vietnameseDate(today) });
    return { kind: "held", on };
  }
  if (o.undoHeld) return { kind: "undo-held" };
  if (o.reason === undefined) throw new UsageError("option-needs-reason");
  const reason = o.reason;
  if (o.postponeTo !== undefined) return { kind: "postpone", to: plannedTime(o.postponeTo), reason };
  return { kind: "cancel", reason };
}

/** A day (2021-10-15, 15/10/2021), a month (2021-10, 10/2021) or a quarter (2021-Q4, Q4/2021). */
function plannedTime(value: string): PlannedTime {
  const day = readDay(value);
  if (day && !day.problem) return { date: day.day };
  // Written as a day, but none of the calendar (31/4): said as for any day on the command line.
  if (day?.problem) throw notARealDay("--postpone-to", value, day.problem);
  const month = readMonth(value);
  if (month) return { month };
  const text = value.trim();
  const isoQuarter = /^(\d{4})-[Qq]([1-4])$/.exec(text);
  const viQuarter = /^[Qq]([1-4])\/(\d{4})$/.exec(text);
  if (isoQuarter) return { quarter: `${isoQuarter[1]}-Q${isoQuarter[2]}` };
  if (viQuarter) return { quarter: `${viQuarter[2]}-Q${viQuarter[1]}` };
  throw new UsageError("option-bad-target", { value });
}

export const run = (args: ArgsOf<"session">, { t, now }: Pick<Context, "t" | "now">) => sessionCommand(args.file, args.sessionId, args, t, now);
/** What was recorded, in the clerk's words and dates. */
function outcomeText(change: SessionChange, file: string, id: string, t: Translate): string {
  const o = change.outcome;
  const day = (name: string, iso: string) => ({ [name]: iso, [`${name}Vi`]: vietnameseDate(iso) });
  switch (o.kind) {
    case "scheduled":
      return t("session-scheduled", { file, id, ...day("date", o.date), time: o.time ?? "" });
    case "moved":
      return t("session-moved", { file, id, ...day("from", o.from), ...day("to", o.to) });
    case "held":
      return t("session-held", { file, id, ...day("date", o.date) });
    case "held-corrected":
      return t("session-held-corrected", { file, id, ...day("from", o.from), ...day("to", o.to) });
    case "held-undone":
      return t("session-held-undone", { file, id, ...(o.date ? day("date", o.date) : {}) });
    case "postponed": {
      const to = o.to;
      const [year, part] = (to.month ?? to.quarter ?? "").split("-");
      const target = to.date
        ? day("date", to.date)
        : to.month
          ? { month: to.month, monthVi: `${Number(part)}/${year}` }
          : { quarter: to.quarter ?? "", quarterVi: `${["I", "II", "III", "IV"][Number(part.slice(1)) - 1]}/${year}` };
      return t("session-postponed", { file, id, ...target });
    }
    case "cancelled":
      return t("session-cancelled", { file, id });
  }
}
