import type { MessageKey } from "./keys.js";
import type { Params } from "../findings.js";

/** A message, filled with its parameters. */
export type Message = (params: Params) => string;

/** Help of one command: keys are the registry's argument and option names (a test checks they match). */
export interface CommandHelp {
  summary: string;
  arguments: Readonly<Record<string, string>>;
  options: Readonly<Record<string, string>>;
  /** `[command line, what it does]`; the explanation may be empty. */
  examples: readonly (readonly [string, string])[];
  notes?: readonly string[];
}

/** Everything `--help` shows, in one language. */
export interface HelpTexts {
  usage: string;
  headings: { commands: string; arguments: string; options: string; examples: string };
  /** How a value is named in usage lines, by the registry's value kinds: `<ngày>`, `<tệp...>`. */
  values: Readonly<Record<string, string>>;
  /** What each allowed value means, by value kind, where a clerk must type a code. */
  glosses: Readonly<Record<string, Readonly<Record<string, string>>>>;
  defaultIs: (value: string) => string;
  oneOf: (values: string) => string;
  repeatable: string;
  commandPlaceholder: string;
  optionsPlaceholder: string;
  program: { summary: string; examples: CommandHelp["examples"]; notes?: readonly string[] };
  global: { lang: string; help: string; version: string; helpCommand: string; helpCommandArgument: string };
  commands: Readonly<Record<string, CommandHelp>>;
  exitCodes: string;
}

/** One language: a third one is a new file like vi.ts and one line in languages.ts. */
export interface Catalogue {
  /** The language's own name, for --help of --lang. */
  name: string;
  messages: Readonly<Record<MessageKey, Message>>;
  help: HelpTexts;
  /** A day as written in this language's sentences (30/3/2021, never ISO). */
  date: (day: string) => string;
}
