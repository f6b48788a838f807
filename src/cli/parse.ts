import { Command, Option } from "commander";
import { COMMANDS, COMMAND_NAMES, type CommandName, type CommandSpec, type OptionSpec } from "../commands/registry.js";
import { UsageError } from "../errors.js";
import type { HelpTexts } from "../i18n/catalogue.js";
import { closest } from "../validate/closest.js";
import { argumentLabel, optionLabel } from "./help.js";
import { convertValue } from "./option-values.js";

/** What the command line asks for. */
export type Request =
  | { kind: "help"; command?: CommandName }
  | { kind: "version" }
  | { kind: "run"; command: CommandName; args: Record<string, unknown> };

const HELP_FLAGS = new Set(["-h", "--help"]);
const VERSION_FLAGS = new Set(["-V", "--version"]);

/**
 * Reads the command line with commander, against the registry. Help and the version are ours
 * (rendered from the registry and the catalogue), and every mistake becomes a UsageError with a
 * message key: nothing of commander's English reaches a clerk.
 */
export function parseCommandLine(argv: readonly string[], help: HelpTexts, languages: readonly string[]): Request {
  const words = withoutLang(argv);
  const first = words.find((w) => !w.startsWith("-") || w === "--");
  if (words.length === 0) return { kind: "help" };
  if (first === "help") {
    const topic = words[words.indexOf("help") + 1];
    return { kind: "help", command: topic === undefined ? undefined : commandNamed(topic) };
  }
  if (first === undefined || first === "--") {
    if (words.some((w) => VERSION_FLAGS.has(w))) return { kind: "version" };
    if (words.some((w) => HELP_FLAGS.has(w))) return { kind: "help" };
    throw new UsageError("cli-unknown-option", { option: words[0], suggestion: "", helpFor: "" });
  }
  const command = commandNamed(first);
  const rest = argv.slice(argv.indexOf(first) + 1);
  const ownWords = rest.slice(0, rest.includes("--") ? rest.indexOf("--") : rest.length);
  if (ownWords.some((w) => HELP_FLAGS.has(w))) return { kind: "help", command };
  return { kind: "run", command, args: parseCommand(command, rest, help, languages) };
}

function commandNamed(word: string): CommandName {
  if ((COMMAND_NAMES as string[]).includes(word)) return word as CommandName;
  throw new UsageError("cli-unknown-command", { command: word, suggestion: closest(word, COMMAND_NAMES) ?? "", helpFor: "" });
}

/** The command line without `--lang X`: the language is chosen before parsing, for every message. */
function withoutLang(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") return [...out, ...argv.slice(i)];
    if (argv[i] === "--lang") i++;
    else if (!argv[i].startsWith("--lang=")) out.push(argv[i]);
  }
  return out;
}

function parseCommand(name: CommandName, words: readonly string[], help: HelpTexts, languages: readonly string[]): Record<string, unknown> {
  const spec: CommandSpec = COMMANDS[name];
  const command = new StrictCommand(name);
  const argumentKeys = Object.keys(spec.arguments);
  for (const [key, argument] of Object.entries(spec.arguments)) {
    const variadic = argument.arity === "many" ? "..." : "";
    command.argument(argument.arity === "optional" ? `[${key}${variadic}]` : `<${key}${variadic}>`, "", argument.default);
    command.labels.set(key, argumentLabel(argument, help));
  }
  const options: [string, OptionSpec][] = [...Object.entries(spec.options), ["lang", { long: "--lang", value: "lang", choices: languages }]];
  for (const [key, option] of options) {
    const flags = `${option.short ? `${option.short}, ` : ""}${option.long}${option.value ? " <value>" : ""}`;
    const parsed = new Option(flags).default(option.default);
    if (option.repeat) parsed.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
    if (parsed.attributeName() !== key) throw new Error(`registry: option ${option.long} must be stored as "${parsed.attributeName()}", not "${key}"`);
    command.addOption(parsed);
    command.labels.set(option.long, optionLabel(option, help));
    for (const slip of option.slips ?? []) command.slips.set(slip, option.long);
  }
  let captured: unknown[] = [];
  command.action((...values: unknown[]) => {
    captured = values;
  });
  command.parse(words, { from: "user" });

  const args: Record<string, unknown> = { ...(captured[argumentKeys.length] as Record<string, unknown>) };
  argumentKeys.forEach((key, i) => (args[key] = captured[i]));
  delete args.lang;
  for (const [key, argument] of [...Object.entries(spec.arguments), ...Object.entries(spec.options)]) {
    if (argument.value && args[key] !== undefined && argument.value !== "files") {
      const name = "long" in argument ? argument.long : argumentLabel(argument, help);
      const convert = (raw: string) => convertValue(argument.value!, name, raw);
      args[key] = Array.isArray(args[key]) ? (args[key] as string[]).map(convert) : convert(args[key] as string);
    }
    const value = args[key];
    if (argument.choices && typeof value === "string" && !argument.choices.includes(value))
      throw new UsageError("cli-bad-choice", {
        name: "long" in argument ? argument.long : argumentLabel(argument, help),
        value,
        allowed: argument.choices.map((c) => glossed(c, argument.value, help)).join(", "),
        suggestion: closest(value, argument.choices) ?? "",
        helpFor: name,
      });
  }
  return args;
}

const glossed = (choice: string, kind: string | undefined, help: HelpTexts) => {
  const gloss = kind ? help.glosses[kind]?.[choice] : undefined;
  return gloss && gloss !== choice.replace(/_/g, " ") ? `${choice} (${gloss})` : choice;
};

/**
 * Commander reports a mistake by calling one of these methods, each with what went wrong; they
 * turn it into our UsageError. They are commander's own (not in its typings): the tests of the
 * command line reach each one, and fail if a new commander version stops calling it.
 */
class StrictCommand extends Command {
  readonly labels = new Map<string, string>();
  /** An option typed by mistake → the one meant (registry: `slips`). */
  readonly slips = new Map<string, string>();

  constructor(name: string) {
    super(name);
    this.exitOverride();
    this.configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
    this.helpOption(false);
    this.allowExcessArguments(false);
  }

  unknownOption(flag: string): never {
    const long = flag.split("=")[0];
    const known = this.options.map((o) => o.long).filter((l): l is string => Boolean(l));
    throw new UsageError("cli-unknown-option", { option: long, suggestion: this.slips.get(long) ?? closest(long, known) ?? "", helpFor: this.name() });
  }

  missingArgument(name: string): never {
    throw new UsageError("cli-missing-argument", { argument: this.labels.get(name) ?? name, helpFor: this.name() });
  }

  optionMissingArgument(option: Option): never {
    throw new UsageError("cli-option-needs-value", { option: this.labels.get(option.long ?? "") ?? option.flags, helpFor: this.name() });
  }

  _excessArguments(received: string[]): never {
    const expected = this.registeredArguments.length;
    throw new UsageError("cli-excess-arguments", { extra: received.slice(expected).join(" "), helpFor: this.name() });
  }

  /** Any other complaint of commander's would reach a clerk in English: it is a bug of ours, never silent. */
  error(message: string): never {
    throw new Error(`unmapped command-line error: ${message}`);
  }
}
