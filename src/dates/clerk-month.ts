/**
 * A month as a clerk types it, 6/2025, 06/2025 or 2025-06, in the plan's form (2025-06); undefined
 * when it is none. One reader for `--period` and `session --postpone-to`.
 */
export function readMonth(raw: string): string | undefined {
  const text = raw.trim();
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return text;
  const written = /^(0?[1-9]|1[0-2])\/(\d{4})$/.exec(text);
  return written ? `${written[2]}-${written[1].padStart(2, "0")}` : undefined;
}
