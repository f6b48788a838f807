import type { Params } from "../findings.js";
import type { Catalogue } from "./catalogue.js";
import type { MessageKey } from "./keys.js";
import type { Lang } from "./lang.js";
import { LANGUAGES } from "./languages.js";

export type { Params };
export type Translate = (key: MessageKey, params?: Params) => string;

/** The messages of a catalogue (or of a known language code) as a function of key and parameters. */
export function translator(language: Lang | Catalogue): Translate {
  const catalogue = typeof language === "string" ? (LANGUAGES[language] ?? LANGUAGES.vi) : language;
  return (key, params = {}) => catalogue.messages[key](params);
}
