import type { Lang } from "./lang.js";
import { catalogs, type MessageKey } from "./messages.js";

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, params = {}) => catalog[key](params);
}
