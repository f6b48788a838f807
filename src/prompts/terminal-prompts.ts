import checkbox from "@inquirer/checkbox";
import confirm from "@inquirer/confirm";
import input from "@inquirer/input";
import select from "@inquirer/select";
import type { Translate } from "../i18n/translate.js";

/** Where the prompts read and write: the terminal, or streams in a test. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** A check of a typed answer: true when it will do, else what to say. */
export type Check = (value: string) => true | string;

/**
 * The questions a clerk is asked, worded entirely in the clerk's language. Each of Inquirer's own
 * prompts is imported alone (the `@inquirer/prompts` barrel or `inquirer` would bring the editor
 * prompt and its encodings), and every text they would show in English comes from the catalogue:
 * the yes/no letters, the key hints, the validation messages. The number prompt is not used
 * because its messages ("You must provide a valid numeric value") cannot be translated.
 */
export interface Prompts {
  text(message: string, options?: { default?: string; check?: Check }): Promise<string>;
  yesNo(message: string, yes: boolean): Promise<boolean>;
  /** A whole number in [min, max]; `undefined` when left empty and `optional`. */
  whole(message: string, options: { min: number; max?: number; default?: number; optional?: boolean }): Promise<number | undefined>;
  choose<T extends string>(message: string, choices: readonly { value: T; name?: string }[]): Promise<T>;
  /** Several of the choices; at least one unless `optional`. */
  chooseSome<T extends string>(message: string, choices: readonly { value: T; name?: string; checked?: boolean }[], optional?: boolean): Promise<T[]>;
}

export function terminalPrompts(t: Translate, context: PromptContext = {}): Prompts {
  const keys = (text: string) => () => text;
  return {
    text: (message, options = {}) => input({ message, default: options.default, validate: options.check }, context),
    yesNo: (message, yes) =>
      confirm(
        {
          message,
          default: yes,
          theme: { keywords: { yes: t("init-q-yes"), no: t("init-q-no"), error: () => t("prompt-yes-no") } },
        },
        context,
      ),
    async whole(message, { min, max = Number.MAX_SAFE_INTEGER, default: fallback, optional = false }) {
      const check = (value: string): true | string => {
        const text = value.trim();
        if (!text) return optional || fallback !== undefined ? true : t("init-q-required");
        if (!/^\d+$/.test(text)) return t("prompt-whole-number");
        const n = Number(text);
        return n >= min && n <= max ? true : t("prompt-between", { min, max });
      };
      const answer = (await input({ message, default: fallback?.toString(), validate: check }, context)).trim();
      return answer ? Number(answer) : fallback;
    },
    choose: (message, choices) => select({ message, choices: [...choices], theme: { style: { keysHelpTip: keys(t("prompt-select-keys")) } } }, context),
    chooseSome: (message, choices, optional = false) =>
      checkbox(
        {
          message,
          choices: [...choices],
          validate: (chosen) => optional || chosen.length > 0 || t("prompt-choose-one"),
          theme: { style: { keysHelpTip: keys(t("init-q-keys")) } },
        },
        context,
      ),
  };
}
