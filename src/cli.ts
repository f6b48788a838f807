import { Command, CommanderError, Help, Option } from "@commander-js/extra-typings";
import { errorToVietnamese, helpToVietnamese } from "./cli/commander-vi.js";
import type { CommandResult } from "./commands/result.js";
import { EXIT } from "./commands/result.js";
import { detectLang } from "./i18n/lang.js";
import { translator } from "./i18n/translate.js";

declare const DIALOGUE_VERSION: string;

const lang = detectLang(process.argv, process.env);
const t = translator(lang);
const vi = lang === "vi";

// Each command's module is imported only when that command runs (style.md §3).
let result: CommandResult = { exitCode: EXIT.ok };
const run = (work: () => Promise<CommandResult>) => async () => {
  result = await work();
};

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
    .configureHelp({ formatHelp: (cmd, helper) => localiseHelp(Help.prototype.formatHelp.call(helper, cmd, helper)) });

  program
    .command("validate")
    .description(t("cli-validate"))
    .argument("<files...>", t("cli-validate-files"))
    .addOption(new Option("--format <format>", t("cli-format")).choices(["text", "json"] as const).default("text" as const))
    .addHelpText("after", vi ? EXAMPLES_VI.validate : EXAMPLES_EN.validate)
    .action((files, options) =>
      run(async () => (await import("./commands/validate.js")).validateCommand(files, options, t))(),
    );

  for (const sub of program.commands) sub.copyInheritedSettings(program as unknown as Parameters<typeof sub.copyInheritedSettings>[0]);
  return program;
}

const localiseHelp = (text: string) => (vi ? helpToVietnamese(text) : text);

const EXAMPLES_VI = {
  validate: `
Ví dụ:
  dialogue validate examples/ke-hoach-2021.yaml
  dialogue validate ke-hoach/*.yaml --format json

Mã thoát: 0 hợp lệ (có thể có cảnh báo), 1 có lỗi, 2 không đọc được tệp hoặc sai cách dùng.`,
};
const EXAMPLES_EN = {
  validate: `
Examples:
  dialogue validate examples/ke-hoach-2021.yaml
  dialogue validate plans/*.yaml --format json

Exit codes: 0 valid (warnings allowed), 1 errors found, 2 unreadable file or wrong usage.`,
};

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

process.exitCode = await main();
