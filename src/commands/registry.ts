import { DOCUMENT_KIND_CODES } from "../documents/registry.js";
import { TASK_STATES, TASK_STATUSES } from "../tracking/states.js";
import type { CommandResult, Context } from "./context.js";

/**
 * The registry: every command, its arguments and options, in one place (style.md §3). The CLI
 * parses with it, renders help from it (texts come from the language catalogues, keyed by the
 * names here), completes from it, and each command's `run` takes arguments typed from it. A
 * command's module is imported only when that command runs, so `--help` never loads the heavy ones.
 */

/** What a value stands for: the catalogue names it in help (`<ngày>`), completion offers values of that kind. */
export type ValueKind = "file" | "files" | "dir" | "date" | "time" | "number" | "id" | "session" | "task" | "unit" | "text" | "name" | "period" | "shell" | "profile" | "format" | "kind" | "status" | "state" | "lang";

export interface OptionSpec {
  long: `--${string}`;
  short?: `-${string}`;
  /** Absent for a flag (true when given). */
  value?: ValueKind;
  choices?: readonly string[];
  default?: string;
  /** May be given several times; the values are collected in order. */
  repeat?: boolean;
  /** What a clerk types by mistake for this option (another command's name for it): the message names this one. */
  slips?: readonly `--${string}`[];
}

export interface ArgumentSpec {
  value: ValueKind;
  arity: "one" | "optional" | "many";
  choices?: readonly string[];
  default?: string;
}

export interface CommandSpec {
  arguments: Readonly<Record<string, ArgumentSpec>>;
  options: Readonly<Record<string, OptionSpec>>;
  /** True when the command may ask questions on a terminal. */
  interactive?: boolean;
}

/** A command's module: its `run`, with arguments typed from its entry (`ArgsOf`). */
export interface CommandModule {
  run(args: never, context: Context): Promise<CommandResult>;
}

const FORMATS_VALIDATE = ["text", "json"] as const;
export const FORMATS_STATUS = ["text", "json", "csv", "xlsx"] as const;
export const SHELLS = ["bash", "zsh", "powershell"] as const;
export const LANGS = ["vi", "en"] as const;
/** The ids completion reads from a plan (`dialogue completion bash --ids session --plan FILE`). */
export const ID_KINDS = ["session", "task", "unit"] as const;

/**
 * `--no-cache`: check every plan file again instead of taking the result kept for the same bytes
 * (src/pipeline/plan-cache.ts). Stored as `cache`, false when given.
 */
const NO_CACHE = { long: "--no-cache" } as const satisfies OptionSpec;

/** Options every command understands. */
export const GLOBAL_OPTIONS = {
  lang: { long: "--lang", value: "lang", choices: LANGS },
} as const satisfies Record<string, OptionSpec>;

export const COMMANDS = {
  init: {
    arguments: { file: { value: "file", arity: "optional", default: "ke-hoach.yaml" } },
    options: {
      yes: { long: "--yes", short: "-y" },
      province: { long: "--province", value: "text" },
      year: { long: "--year", value: "number" },
      signer: { long: "--signer", value: "name" },
      position: { long: "--position", value: "text" },
      session: { long: "--session", value: "text", repeat: true },
      units: { long: "--units", value: "unit" },
      from: { long: "--from", value: "file" },
    },
    interactive: true,
  },
  validate: {
    arguments: { files: { value: "files", arity: "many" } },
    options: {
      format: { long: "--format", value: "format", choices: FORMATS_VALIDATE, default: "text" },
      cache: NO_CACHE,
    },
  },
  status: {
    arguments: { files: { value: "files", arity: "many" } },
    options: {
      asOf: { long: "--as-of", value: "date" },
      unit: { long: "--unit", value: "unit" },
      session: { long: "--session", value: "session" },
      state: { long: "--state", value: "state", choices: TASK_STATES },
      dueWithin: { long: "--due-within", value: "number" },
      period: { long: "--period", value: "period" },
      // No default: without --format, the name given to -o decides (bao-cao.xlsx), else text.
      format: { long: "--format", value: "format", choices: FORMATS_STATUS },
      output: { long: "--output", short: "-o", value: "file" },
      failOnOverdue: { long: "--fail-on-overdue" },
      cache: NO_CACHE,
    },
  },
  task: {
    arguments: {
      file: { value: "file", arity: "one" },
      taskId: { value: "task", arity: "one" },
      status: { value: "status", arity: "one", choices: TASK_STATUSES },
    },
    options: {
      on: { long: "--on", value: "date", slips: ["--date", "--done-on", "--completed-on"] },
      ref: { long: "--ref", value: "text" },
      note: { long: "--note", value: "text" },
      session: { long: "--session", value: "session" },
      period: { long: "--period", value: "period" },
      stage: { long: "--stage", value: "id" },
      receivedOn: { long: "--received-on", value: "date" },
      complex: { long: "--complex" },
    },
  },
  session: {
    arguments: {
      file: { value: "file", arity: "one" },
      sessionId: { value: "session", arity: "one" },
    },
    options: {
      date: { long: "--date", value: "date" },
      time: { long: "--time", value: "time" },
      venue: { long: "--venue", value: "text" },
      heldOn: { long: "--held-on", value: "date" },
      postponeTo: { long: "--postpone-to", value: "period" },
      cancel: { long: "--cancel" },
      undoHeld: { long: "--undo-held" },
      reason: { long: "--reason", value: "text" },
      on: { long: "--on", value: "date" },
    },
  },
  record: {
    arguments: {
      file: { value: "file", arity: "one" },
      sessionId: { value: "session", arity: "one" },
    },
    options: { skeleton: { long: "--skeleton" } },
    interactive: true,
  },
  render: {
    arguments: { files: { value: "files", arity: "many" } },
    options: {
      output: { long: "--output", short: "-o", value: "dir", default: "out" },
      only: { long: "--only", value: "kind", choices: DOCUMENT_KIND_CODES },
      session: { long: "--session", value: "session" },
      period: { long: "--period", value: "period" },
      asOf: { long: "--as-of", value: "date" },
      replyBy: { long: "--reply-by", value: "date" },
      // No default: a Party body's plan takes hd36, a state body's nd30.
      profile: { long: "--profile", value: "profile" },
      templates: { long: "--templates", value: "dir" },
      pdf: { long: "--pdf" },
      cache: NO_CACHE,
    },
  },
  calendar: {
    arguments: { files: { value: "files", arity: "many" } },
    options: {
      output: { long: "--output", short: "-o", value: "file" },
      cache: NO_CACHE,
    },
  },
  schema: {
    arguments: {},
    options: { copyTo: { long: "--copy-to", value: "dir" } },
  },
  completion: {
    arguments: { shell: { value: "shell", arity: "one", choices: SHELLS } },
    // Used by the script itself: the ids of one kind in the plans named.
    options: { ids: { long: "--ids", value: "id", choices: ID_KINDS }, plan: { long: "--plan", value: "file", repeat: true } },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** Each command's module, imported only when it runs. The build keeps each as a file of its own. */
export const LOADERS: Readonly<Record<CommandName, () => Promise<CommandModule>>> = {
  init: () => import("./init.js"),
  validate: () => import("./validate.js"),
  status: () => import("./status.js"),
  task: () => import("./task.js"),
  session: () => import("./session.js"),
  record: () => import("./record.js"),
  render: () => import("./render.js"),
  calendar: () => import("./calendar.js"),
  schema: () => import("./schema.js"),
  completion: () => import("./completion.js"),
};

type ArgumentValue<A extends ArgumentSpec> = A["arity"] extends "many"
  ? string[]
  : (A extends { choices: readonly (infer C)[] } ? C : string) | (A["arity"] extends "optional" ? (A extends { default: string } ? never : undefined) : never);

/** What the command line makes of a value of each kind (src/cli/option-values.ts): a number for a number, else text. */
type Converted<K> = K extends "number" ? number : string;

type OptionValue<O extends OptionSpec> = O extends { repeat: true }
  ? Converted<O["value"]>[] | undefined
  : O extends { value: ValueKind }
    ? (O extends { choices: readonly (infer C)[] } ? C : Converted<O["value"]>) | (O extends { default: string } ? never : undefined)
    : boolean | undefined;

/** The arguments and options a command's `run` receives, typed from its entry above. */
export type ArgsOf<N extends CommandName> = ArgsOfSpec<(typeof COMMANDS)[N]>;

type ArgsOfSpec<S extends CommandSpec> = {
  -readonly [K in keyof S["arguments"]]: ArgumentValue<S["arguments"][K]>;
} & {
  -readonly [K in keyof S["options"]]: OptionValue<S["options"][K]>;
};
