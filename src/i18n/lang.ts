/** A language code of the interface (`vi`, `en`, …): a key of the languages given to the CLI. */
export type Lang = string;

/**
 * `--lang` wins when it names a known language; otherwise the locale (LC_ALL, LC_MESSAGES, LANG)
 * when its language is known; otherwise the default (Vietnamese).
 */
export function detectLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, known: readonly string[] = ["vi", "en"], fallback = "vi"): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i >= 0) {
    const value = argv[i].includes("=") ? argv[i].slice(argv[i].indexOf("=") + 1) : argv[i + 1];
    if (value !== undefined && known.includes(value)) return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const language = /^([a-z]{2,3})([_.@-]|$)/i.exec(locale)?.[1]?.toLowerCase();
  return language && known.includes(language) ? language : fallback;
}
