import { stripVTControlCharacters } from "node:util";
import { jsonPieces } from "../present/json-text.js";
import { todayInVietnam } from "../dates/clerk-dates.js";
import { parsePeriod, type Period } from "../tracking/period.js";
import { DEFAULT_DUE_SOON_DAYS, planRows, statusReport, type StatusInput, type StatusTask } from "../tracking/report.js";
import { comingSessions, soonestFirst, type ComingSession } from "../tracking/coming-sessions.js";
import { sessionIds } from "../tracking/recurrence.js";
import { PlanNames } from "../present/plan-names.js";
import { readPlan } from "../pipeline/read-plans.js";
import { MAX_ENTRY_BYTES } from "../pipeline/plan-cache.js";
import { PlanCollector, readTogether, type ValidPlan } from "../pipeline/valid-plans.js";
import type { ReadOptions } from "../pipeline/read-plans.js";
import type { Finding } from "../findings.js";
import type { Day } from "../tracking/day.js";
import { warningsText } from "./load-valid-plans.js";
import { knownId, UsageError } from "./options.js";
import type { Context } from "./context.js";
import { distinctFiles } from "./plan-files.js";
import { reading } from "./reading.js";
import { refuseBinaryOnTerminal, statusFormat, writeReport } from "./status-output.js";
import type { ArgsOf } from "./registry.js";
import { loadColours } from "../present/colors.js";
import { EXIT, isPieces, type CommandResult, type Output } from "../result.js";

/** `dialogue status <files...>`: every task's deadline and state on a day, and the per-unit buckets. */
export async function run({ files: named, ...options }: ArgsOf<"status">, context: Pick<Context, "t" | "lang" | "now" | "terminal" | "env" | "streams" | "color">): Promise<CommandResult> {
  const { t, lang, now, terminal, color } = context;
  const files = distinctFiles(named);
  if (color) await loadColours(); // each command is a bundle with its own copy of the painter
  const format = statusFormat(options.format, options.output);
  refuseBinaryOnTerminal(format, options.output, terminal.stdoutIsTTY);
  const asOf = options.asOf ?? todayInVietnam(now);
  const period = options.period === undefined ? undefined : parsePeriod(options.period, asOf);
  if (options.period !== undefined && !period) throw new UsageError("option-bad-period", { value: options.period });
  const columns = format === "text" && terminal.stdoutIsTTY && !options.output ? terminal.columns : undefined;
  const asked: Asked = { unit: options.unit, session: options.session, state: options.state, dueWithin: options.dueWithin, format, asOf, period, columns, lang, color };

  const how = reading(options.cache, context);
  let made: MadeReport;
  let findings: Finding[];
  try {
    // With the plan cache, the files are first read for their findings alone: a report made before
    // from the same checks, for the same question, is given again without any plan being read.
    const together = how.cache && readTogether(files, how);
    together?.refuseIfBroken();
    const what = `status-report ${JSON.stringify(asked)}`;
    const kept = together?.stamp === undefined ? undefined : how.cache?.getDerived(together.stamp, what, isMadeReport);
    if (kept) ({ made, findings } = { made: kept, findings: together?.findings ?? [] });
    else {
      if (together) how.then("progress-making-report");
      const fresh = await makeReport(files, asked, how, t);
      ({ made, findings } = fresh);
      // Kept under the reads it was made from: a file changed since the first pass (or changed back) cannot bring in another's report.
      const { cache } = how;
      if (cache && fresh.stamp !== undefined) made = keptOnceWritten(made, (whole) => cache.putDerived(fresh.stamp!, what, whole));
    }
  } finally {
    how.end();
  }
  // The text table is coloured for a terminal; a file gets it without colour codes.
  if (options.output) writeReport(options.output, typeof made.content === "string" ? stripVTControlCharacters(made.content) : made.content, files);
  const stdout = options.output ? t("status-wrote", { file: options.output, count: made.tasks }) + "\n" : made.content;
  return { exitCode: options.failOnOverdue && made.overdue ? EXIT.findings : EXIT.ok, stdout, stderr: warningsText(findings, files.length, t) };
}

/** Everything a report's content depends on besides the plans: the key of a kept report. */
type Asked = Pick<ArgsOf<"status">, "unit" | "session" | "state" | "dueWithin"> & {
  format: ReturnType<typeof statusFormat>;
  asOf: Day;
  period: Period | undefined;
  columns: number | undefined;
  lang: Context["lang"];
  color: boolean;
};

/** A report as written, with what the command says of it. */
interface MadeReport<Content = Output> {
  content: Content;
  tasks: number;
  overdue: boolean;
}

/**
 * The report, kept by `keep` once it is whole: at once, or, for one written in pieces, when the
 * last piece has been written, and only if it is small enough to be kept (MAX_ENTRY_BYTES).
 */
function keptOnceWritten(made: MadeReport, keep: (whole: MadeReport<string | Uint8Array>) => void): MadeReport {
  const { content } = made;
  if (!isPieces(content)) {
    if (content.length <= MAX_ENTRY_BYTES) keep({ ...made, content });
    return made;
  }
  const written = content.pieces;
  function* pieces(): Generator<Uint8Array> {
    let seen: Uint8Array[] | undefined = [];
    let size = 0;
    for (const piece of written) {
      size += piece.length;
      if (size > MAX_ENTRY_BYTES) seen = undefined;
      seen?.push(piece);
      yield piece;
    }
    if (seen) keep({ ...made, content: Buffer.concat(seen) });
  }
  return { ...made, content: { pieces: pieces() } };
}

const isMadeReport = (value: unknown): value is MadeReport<string | Uint8Array> => {
  const made = value as Partial<MadeReport<string | Uint8Array>> | null;
  return !!made && typeof made === "object" && (typeof made.content === "string" || made.content instanceof Uint8Array) && typeof made.tasks === "number" && typeof made.overdue === "boolean";
};

/** Reads the plans one at a time, keeping only their rows, so memory follows the report, not the files. */
async function makeReport(files: readonly string[], asked: Asked, how: ReadOptions & { onFile(done: number, total: number): void }, t: Context["t"]): Promise<{ made: MadeReport; findings: Finding[]; stamp: string | undefined }> {
  const { format, asOf, dueWithin, period, lang, color } = asked;
  const collector = new PlanCollector();
  const units = new Set<string>();
  const sessions = new Set<string>();
  // Reports for people write names instead of ids; the text also lists the sessions to come.
  const names = new PlanNames();
  const ahead: ComingSession[] = [];
  // A plan's rows on a day are kept with it in the cache: an unchanged file costs no deadline work.
  const rowsOf = (valid: ValidPlan): StatusTask[] => {
    const dueSoon = dueWithin ?? DEFAULT_DUE_SOON_DAYS;
    const compute = () => planRows({ ...valid, file: "" }, asOf, dueSoon);
    const rows = valid.remember ? valid.remember(`status-rows ${asOf} ${dueSoon}`, isRowList, compute) : compute();
    for (const row of rows) row.file = valid.file;
    return rows;
  };
  function* plans(): Generator<StatusInput> {
    for (const [i, file] of files.entries()) {
      const valid = collector.add(readPlan(file, how));
      how.onFile(i + 1, files.length);
      if (!valid) continue;
      valid.plan.units.forEach((u) => units.add(u.id));
      // A recurring session's occurrences are sessions of their own to --session (tiep-dan-2025-08).
      sessionIds(valid.plan).forEach((id) => sessions.add(id));
      names.add(file, valid.plan);
      if (format === "text") ahead.push(...comingSessions([{ file, plan: valid.plan }], asOf, asked.session));
      yield { ...valid, rows: rowsOf(valid) };
    }
  }
  const report = statusReport(plans(), asOf, { unit: asked.unit, session: asked.session, state: asked.state, dueWithin, period });
  collector.refuseIfBroken();
  knownId("kind-unit", asked.unit, [...units], t);
  knownId("kind-session", asked.session, [...sessions], t);
  const content =
    format === "xlsx" ? await (await import("../present/status-xlsx.js")).statusWorkbook(report, names, t, lang)
    : format === "json" ? { pieces: jsonPieces(report) }
    // The text's table library and the CSV writer are bundles of their own, loaded for their format.
    : format === "csv" ? (await import("../present/status-data.js")).statusCsv(report, names, t, lang)
    : (await textReport(color)).statusText(report, t, lang, { columns: asked.columns, color, names, sessions: ahead.sort(soonestFirst), period, files: collector.counted });
  return { made: { content, tasks: report.tasks.length, overdue: report.tasks.some((task) => task.state === "overdue") }, findings: collector.findings, stamp: collector.stamp };
}

const isRowList = (value: unknown): value is StatusTask[] => Array.isArray(value);

/** The text report's bundle, with its own copy of the painter coloured when the output is (src/present/colors.ts). */
async function textReport(color: boolean) {
  const text = await import("../present/status-text.js");
  if (color) await text.loadColours();
  return text;
}
