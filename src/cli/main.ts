import packageJson from "../../package.json" with { type: "json" };
import { LOADERS } from "../commands/registry.js";
import { EXIT, type CommandResult, type Context, type Env, type Streams, type Terminal } from "../commands/context.js";
import type { Output } from "../result.js";
import { UserError } from "../errors.js";
import { PlansRefused } from "../pipeline/plans-refused.js";
import { loadColours } from "../present/colors.js";
import { findingsText, refusalText } from "../present/findings.js";
import type { Catalogue } from "../i18n/catalogue.js";
import { detectLang } from "../i18n/lang.js";
import { DEFAULT_LANG, LANGUAGES } from "../i18n/languages.js";
import { translator } from "../i18n/translate.js";
import { commandHelp, programHelp } from "./help.js";
import { parseCommandLine } from "./parse.js";

/** What the entry point hands to `main`: the streams and what it saw of the terminal. */
export type Io = Streams & Terminal;

export interface Outcome {
  code: number;
  stdout: Output;
  stderr: string;
}

/** An internal error: a bug of the tool, never of the plan (70 = EX_SOFTWARE). */
const EXIT_INTERNAL = 70;

/**
 * The whole tool as a function: the command line, the environment, the one reading of the clock
 * and the terminal in; the exit code and the texts out. Only the entry point (src/cli.ts) touches
 * the process. Every mistake of the user becomes a message and exit 2 here, in one place.
 */
export async function main(argv: readonly string[], env: Env, now: Date, io: Io, languages: Readonly<Record<string, Catalogue>> = LANGUAGES): Promise<Outcome> {
  const codes = Object.keys(languages);
  const lang = detectLang(argv, env, codes, DEFAULT_LANG);
  const catalogue = languages[lang];
  const t = translator(catalogue);
  const columns = io.stdoutIsTTY ? io.columns : undefined;
  try {
    const request = parseCommandLine(argv, catalogue.help, codes);
    if (request.kind === "version") return done({ exitCode: EXIT.ok, stdout: `${packageJson.version}\n` });
    if (request.kind === "help") {
      const text = request.command ? commandHelp(request.command, catalogue.help, codes, columns) : programHelp(catalogue.help, codes, columns);
      return done({ exitCode: EXIT.ok, stdout: text });
    }
    const context: Context = {
      lang,
      t,
      now,
      env,
      terminal: {
        // Read when asked: see src/cli.ts.
        get stdinIsTTY() {
          return io.stdinIsTTY;
        },
        stdoutIsTTY: io.stdoutIsTTY,
        get stderrIsTTY() {
          return io.stderrIsTTY;
        },
        columns: io.columns,
      },
      color: (io.stdoutIsTTY || Boolean(env.FORCE_COLOR)) && !("NO_COLOR" in env),
      streams: io,
    };
    const command = await LOADERS[request.command]();
    return done(await command.run(request.args as never, context));
  } catch (error) {
    // Standard error is looked at only when there is something to say on it (see src/cli.ts).
    const stderrColor = io.stderrIsTTY && !("NO_COLOR" in env);
    if (stderrColor && (PlansRefused.is(error) || UserError.is(error))) await loadColours();
    if (PlansRefused.is(error)) return done({ exitCode: error.exitCode, stderr: refusalText(error.findings, error.invalid, error.files, t, stderrColor) });
    if (UserError.is(error)) {
      const hint = "helpFor" in error.params ? `\n${t("cli-see-help", { command: String(error.params.helpFor) })}` : "";
      const params = error.findings ? { ...error.params, findings: findingsText(error.findings, 1, t, stderrColor).trimEnd() } : error.params;
      return done({ exitCode: error.exitCode, stderr: t(error.key, params) + hint + "\n" });
    }
    return done({ exitCode: EXIT_INTERNAL, stderr: t("internal-error", { detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }) + "\n" });
  }
}

const done = (result: CommandResult): Outcome => ({ code: result.exitCode, stdout: result.stdout ?? "", stderr: result.stderr ?? "" });
