import type { Translate } from "../i18n/translate.js";
import type { DataPath } from "../findings.js";
import { eachConclusionTask, eachTask } from "../plan/walk.js";
import { todayInVietnam } from "../tracking/day.js";
import type { TaskStatusValue } from "../tracking/states.js";
import { loadPlans } from "./load-valid-plans.js";
import { dayOption, knownId, UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";
import { updatePlanFile } from "./update-plan-file.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

export interface TaskOptions {
  on?: string;
  ref?: string;
  note?: string;
  session?: string;
}

/** `dialogue task <file> <id> <status>`: records progress in the file, touching only that task's lines. */
export async function taskCommand(
  file: string,
  id: string,
  status: TaskStatusValue,
  options: TaskOptions,
  t: Translate,
  now: Date,
): Promise<CommandResult> {
  try {
    const on = dayOption("--on", options.on) ?? todayInVietnam(now);
    const loaded = loadPlans([file], t);
    if (!loaded.ok) return loaded.result;
    const { plan } = loaded.plans[0];
    const tasks = [...eachTask(plan), ...eachConclusionTask(plan)].filter((x) => x.task.id);
    knownId("kind-task", id, tasks.map((x) => x.task.id!), t);
    const { task, path } = tasks.find((x) => x.task.id === id)!;

    let progressPath: DataPath = path;
    if (task.deadline && "session" in task.deadline && task.deadline.session === "all") {
      const sessions = (plan.sessions ?? []).map((s) => s.id);
      if (!options.session) throw new UsageError("task-needs-session", { id, sessions: sessions.join(", ") });
      knownId("kind-session", options.session, sessions, t);
      progressPath = [...path, "bySession", options.session];
    } else if (options.session) throw new UsageError("task-not-per-session", { id });

    const failure = await updatePlanFile(
      file,
      (edit) => {
        edit.set([...progressPath, "status"], status);
        if (status === "done") edit.set([...progressPath, "completedOn"], on);
        else edit.remove([...progressPath, "completedOn"]);
        if (options.ref) edit.set([...progressPath, "evidence"], oneLine(options.ref));
        if (options.note) edit.append([...progressPath, "notes"], { on, text: oneLine(options.note) });
      },
      t,
    );
    if (failure) return failure;
    const completedOn = status === "done" ? on : "";
    return { exitCode: EXIT.ok, stdout: t("task-updated", { file, id, session: options.session ?? "", status, completedOn }) + "\n" };
  } catch (error) {
    if (error instanceof UsageError) return usageResult(error, t);
    throw error;
  }
}

export const oneLine = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

export const run = (args: ArgsOf<"task">, { t, now }: Pick<Context, "t" | "now">) => taskCommand(args.file, args.taskId, args.status, args, t, now);
