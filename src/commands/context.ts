import type { Lang } from "../i18n/lang.js";
import type { Translate } from "../i18n/translate.js";

export { EXIT, type CommandResult } from "../result.js";

/** The environment variables the tool reads (NO_COLOR, DIALOGUE_SOFFICE, LANG, …), passed in, never read globally. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The terminal as the entry point found it. */
export interface Terminal {
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Width of the terminal, when stdout is one. */
  columns: number | undefined;
}

/** Streams for what cannot wait for the result: questions (init) and progress on long work. */
export interface Streams {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Everything a command may know of the world; each command takes only the parts it needs. */
export interface Context {
  lang: Lang;
  t: Translate;
  /** The one reading of the clock, made by the entry point. */
  now: Date;
  env: Env;
  terminal: Terminal;
  /** Colour in terminal output: a terminal (or FORCE_COLOR), and no NO_COLOR. */
  color: boolean;
  streams: Streams;
}
