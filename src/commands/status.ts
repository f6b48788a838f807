import type { Lang } from "../i18n/lang.js";
import type { Translate } from "../i18n/translate.js";
import { statusJson, statusCsv } from "../present/status-data.js";
import { statusText } from "../present/status-text.js";
import { todayInVietnam } from "../tracking/day.js";
import { parsePeriod } from "../tracking/period.js";
import { statusReport } from "../tracking/report.js";
import type { TaskState } from "../tracking/states.js";
import { loadPlans } from "./load-valid-plans.js";
import { countOption, dayOption, knownId, UsageError, usageResult } from "./options.js";
import { EXIT, type CommandResult } from "./result.js";

export interface StatusOptions {
  asOf?: string;
  unit?: string;
  session?: string;
  state?: TaskState;
  dueWithin?: string;
  period?: string;
  format: "text" | "json" | "csv";
  failOnOverdue?: boolean;
}

export async function statusCommand(files: string[], options: StatusOptions, t: Translate, lang: Lang, now: Date): Promise<CommandResult> {
  try {
    const asOf = dayOption("--as-of", options.asOf) ?? todayInVietnam(now);
    const dueWithin = countOption("--due-within", options.dueWithin);
    const period = options.period === undefined ? undefined : parsePeriod(options.period, asOf);
    if (options.period !== undefined && !period) throw new UsageError("option-bad-period", { value: options.period });

    const loaded = loadPlans(files, t);
    if (!loaded.ok) return loaded.result;
    const plans = loaded.plans;
    knownId("kind-unit", options.unit, plans.flatMap((p) => p.plan.units.map((u) => u.id)), t);
    knownId("kind-session", options.session, plans.flatMap((p) => (p.plan.sessions ?? []).map((s) => s.id)), t);

    const report = statusReport(plans, asOf, { unit: options.unit, session: options.session, state: options.state, dueWithin, period });
    const stdout = options.format === "json" ? statusJson(report) : options.format === "csv" ? statusCsv(report) : statusText(report, t, lang);
    const overdue = report.tasks.some((task) => task.state === "overdue");
    return { exitCode: options.failOnOverdue && overdue ? EXIT.findings : EXIT.ok, stdout, stderr: loaded.warnings };
  } catch (error) {
    if (error instanceof UsageError) return usageResult(error, t);
    throw error;
  }
}
