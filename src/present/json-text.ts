/**
 * Pretty JSON with the C1 controls and DEL escaped too: JSON.stringify escapes only those below
 * U+0020, and a raw U+009B (a one-character ESC [) reaches the terminal of whoever reads it.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}
