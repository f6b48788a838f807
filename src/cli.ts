import { Argument, Command, CommanderError, Help, Option } from "@commander-js/extra-typings";
import { errorToVietnamese, helpToVietnamese } from "./cli/commander-vi.js";
import { examples } from "./cli/examples.js";
import type { CommandResult } from "./commands/result.js";
import { EXIT } from "./commands/result.js";
import { detectLang } from "./i18n/lang.js";
import { translator } from "./i18n/translate.js";
import { TASK_STATES, TASK_STATUSES } from "./tracking/states.js";

declare const DIALOGUE_VERSION: string;

const lang = detectLang(process.argv, process.env);
const t = translator(lang);
const vi = lang === "vi";
/** The one place that reads the clock; commands receive it. */
const now = new Date();

let result: CommandResult = { exitCode: EXIT.ok };

// The registry: every command, option and example in one place. Each command's module is
// imported only when that command runs (style.md §3), so --help never loads the heavy ones.
function buildProgram(): Command {
  const program = new Command("dialogue")
    .description(t("cli-description"))
    .version(DIALOGUE_VERSION, "-V, --version", vi ? "in số phiên bản" : "print the version")
    .helpOption("-h, --help", vi ? "xem hướng dẫn" : "show help")
    .helpCommand("help [command]", vi ? "xem hướng dẫn của một lệnh" : "show help for a command")
    .addOption(new Option("--lang <lang>", t("cli-lang")).choices(["vi", "en"] as const))
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(vi ? errorToVietnamese(text) : text) })
    .configureHelp({ formatHelp: (cmd, helper) => localiseHelp(Help.prototype.formatHelp.call(helper, cmd, helper)) })
    .addHelpText("after", examples(lang, "program"));

  program
    .command("init")
    .description(t("cli-init"))
    .argument("[file]", t("cli-init-file"), "ke-hoach.yaml")
    .option("-y, --yes", t("cli-yes"))
    .option("--province <name>", t("cli-province"))
    .option("--year <year>", t("cli-year"))
    .option("--signer <name>", t("cli-signer"))
    .option("--position <position>", t("cli-position"))
    .option("--session <theme>", t("cli-init-session"), (value: string, previous: string[] = []) => [...previous, value])
    .option("--units <ids>", t("cli-units"))
    .addHelpText("after", examples(lang, "init"))
    .action(async (file, options) => {
      const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
      result = await (await import("./commands/init.js")).initCommand(file, options, t, now, interactive);
    });

  program
    .command("validate")
    .description(t("cli-validate"))
    .argument("<files...>", t("cli-validate-files"))
    .addOption(new Option("--format <format>", t("cli-format")).choices(["text", "json"] as const).default("text" as const))
    .addHelpText("after", examples(lang, "validate"))
    .action(async (files, options) => {
      result = await (await import("./commands/validate.js")).validateCommand(files, options, t);
    });

  program
    .command("status")
    .description(t("cli-status"))
    .argument("<files...>", t("cli-validate-files"))
    .option("--as-of <date>", t("cli-as-of"))
    .option("--unit <id>", t("cli-unit"))
    .option("--session <id>", t("cli-session"))
    .addOption(new Option("--state <state>", t("cli-state")).choices(TASK_STATES))
    .option("--due-within <days>", t("cli-due-within"))
    .option("--period <period>", t("cli-period"))
    .addOption(new Option("--format <format>", t("cli-format")).choices(["text", "json", "csv"] as const).default("text" as const))
    .option("--fail-on-overdue", t("cli-fail-on-overdue"))
    .addHelpText("after", examples(lang, "status"))
    .action(async (files, options) => {
      result = await (await import("./commands/status.js")).statusCommand(files, options, t, lang, now);
    });

  program
    .command("task")
    .description(t("cli-task"))
    .argument("<file>", t("cli-validate-files"))
    .argument("<task-id>", t("cli-task-id"))
    .addArgument(new Argument("<status>", t("cli-task-status")).choices(TASK_STATUSES))
    .option("--on <date>", t("cli-on"))
    .option("--ref <text>", t("cli-ref"))
    .option("--note <text>", t("cli-note"))
    .option("--session <id>", t("cli-task-session"))
    .addHelpText("after", examples(lang, "task"))
    .action(async (file, id, status, options) => {
      result = await (await import("./commands/task.js")).taskCommand(file, id, status, options, t, now);
    });

  program
    .command("session")
    .description(t("cli-session-cmd"))
    .argument("<file>", t("cli-validate-files"))
    .argument("<session-id>", t("cli-session-id"))
    .option("--date <date>", t("cli-date"))
    .option("--time <HH:MM>", t("cli-time"))
    .option("--venue <text>", t("cli-venue"))
    .option("--held-on <date>", t("cli-held-on"))
    .option("--postpone-to <period>", t("cli-postpone-to"))
    .option("--cancel", t("cli-cancel"))
    .option("--reason <text>", t("cli-reason"))
    .option("--on <date>", t("cli-recorded-on"))
    .addHelpText("after", examples(lang, "session"))
    .action(async (file, id, options) => {
      result = await (await import("./commands/session.js")).sessionCommand(file, id, options, t, now);
    });

  program
    .command("record")
    .description(t("cli-record"))
    .argument("<file>", t("cli-validate-files"))
    .argument("<session-id>", t("cli-session-id"))
    .addHelpText("after", examples(lang, "record"))
    .action(async (file, id) => {
      result = await (await import("./commands/record.js")).recordCommand(file, id, t);
    });

  program
    .command("render")
    .description(t("cli-render"))
    .argument("<file>", t("cli-validate-files"))
    .option("-o, --output <dir>", t("cli-output"), "out")
    .addOption(new Option("--only <kind>", t("cli-only")).choices(["plan", "conclusions", "minutes"] as const))
    .option("--session <id>", t("cli-render-session"))
    .addOption(new Option("--profile <name>", t("cli-profile")).default("hd36"))
    .option("--templates <dir>", t("cli-templates"))
    .option("--pdf", t("cli-pdf"))
    .addHelpText("after", examples(lang, "render"))
    .action(async (file, options) => {
      result = await (await import("./commands/render.js")).renderCommand(file, options, t);
    });

  program
    .command("calendar")
    .description(t("cli-calendar"))
    .argument("<files...>", t("cli-validate-files"))
    .option("-o, --output <file>", t("cli-calendar-output"))
    .addHelpText("after", examples(lang, "calendar"))
    .action(async (files, options) => {
      result = await (await import("./commands/calendar.js")).calendarCommand(files, options, t, now);
    });

  program
    .command("schema")
    .description(t("cli-schema"))
    .option("--copy-to <dir>", t("cli-copy-to"))
    .action(async (options) => {
      result = await (await import("./commands/schema.js")).schemaCommand(options, t);
    });

  program
    .command("completion")
    .description(t("cli-completion"))
    .argument("<shell>", "bash | zsh | powershell")
    .action(async (shell) => {
      const commands = program.commands.map((c) => ({ name: c.name(), options: c.options.map((o) => o.long ?? o.short ?? "").filter(Boolean) }));
      result = await (await import("./commands/completion.js")).completionCommand(shell, commands, t);
    });

  for (const sub of program.commands) sub.copyInheritedSettings(program as unknown as Parameters<typeof sub.copyInheritedSettings>[0]);
  return program;
}

const localiseHelp = (text: string) => (vi ? helpToVietnamese(text) : text);

async function main(): Promise<number> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code);
      return ok ? EXIT.ok : EXIT.unusable;
    }
    process.stderr.write(t("internal-error", { detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }) + "\n");
    return 70;
  }
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  return result.exitCode;
}

void main().then((code) => {
  process.exitCode = code;
});
