import type { Catalogue } from "./catalogue.js";
import { en } from "./en.js";
import { vi } from "./vi.js";

/** The languages of the interface, the default first. A new language: its catalogue file, and one line here. */
export const LANGUAGES: Readonly<Record<string, Catalogue>> = {
  vi,
  en,
};

export const DEFAULT_LANG = "vi";
