import inquirer from "inquirer";
import type { Translate } from "../i18n/translate.js";

/** Where the prompts read and write: the terminal, or streams in a test. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** A check of a typed answer: true when it will do, else what to say. */
export type Check = (value: string) => true | string;

/**
 * The questions a clerk is asked, worded entirely in the clerk's language, and asked through
 * `inquirer`'s prompt module (one question object at a time, so each answer can decide the next
 * question). Every text the prompts would show in English comes from the catalogue: the yes/no
 * letters, the key hints, the validation messages. The number prompt is not used because its
 * messages ("You must provide a valid numeric value") cannot be translated.
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
  const prompt = inquirer.createPromptModule(context);
  const keys = (text: string) => () => text;
  const text = async (message: string, options: { default?: string; check?: Check } = {}) =>
    (await prompt([{ type: "input", name: "answer", message, default: options.default, validate: options.check }])).answer as string;
  return {
    text,
    yesNo: async (message, yes) =>
      (
        await prompt([
          {
            type: "confirm",
            name: "answer",
            message,
            default: yes,
            theme: { keywords: { yes: t("init-q-yes"), no: t("init-q-no"), error: () => t("prompt-yes-no") } },
          },
        ])
      ).answer as boolean,
    async whole(message, { min, max = Number.MAX_SAFE_INTEGER, default: fallback, optional = false }) {
      const check = (value: string): true | string => {
        const typed = value.trim();
        if (!typed) return optional || fallback !== undefined ? true : t("init-q-required");
        if (!/^\d+$/.test(typed)) return t("prompt-whole-number");
        const n = Number(typed);
        return n >= min && n <= max ? true : t("prompt-between", { min, max });
      };
      const answer = (await text(message, { default: fallback?.toString(), check })).trim();
      return answer ? Number(answer) : fallback;
    },
    choose: async (message, choices) =>
      (await prompt([{ type: "select", name: "answer", message, choices: [...choices], theme: { style: { keysHelpTip: keys(t("prompt-select-keys")) } } }]))
        .answer as (typeof choices)[number]["value"],
    chooseSome: async (message, choices, optional = false) =>
      (
        await prompt([
          {
            type: "checkbox",
            name: "answer",
            message,
            choices: [...choices],
            validate: (chosen: readonly unknown[]) => optional || chosen.length > 0 || t("prompt-choose-one"),
            theme: { style: { keysHelpTip: keys(t("init-q-keys")) } },
          },
        ])
      ).answer as (typeof choices)[number]["value"][],
  };
}
