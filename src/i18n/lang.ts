export type Lang = "vi" | "en";

/** `--lang` wins; otherwise an English locale in LANG/LC_ALL/LC_MESSAGES; otherwise Vietnamese. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i >= 0) {
    const value = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
    if (value === "en" || value === "vi") return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.-]|$)/i.test(locale) ? "en" : "vi";
}
