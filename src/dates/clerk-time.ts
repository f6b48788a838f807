/** 8:00, 08:00, 8h, 8h30, 8g30, 8 giờ, 8 giờ 30 (phút): the ways offices write a time of day. */
const TIME = /^(\d{1,2})\s*(?::\s*(\d{2})|(?:h|g|giờ)\s*(?:(\d{1,2})\s*(?:'|p|ph|phút)?)?)$/i;

/**
 * A time of day as a clerk types it, as HH:MM (8h30 → 08:30); undefined when it is none. One
 * reader for the command line (`--time`) and `record`'s questions.
 */
export function readTime(raw: string): string | undefined {
  const match = TIME.exec(raw.normalize("NFC").trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  return hour <= 23 && minute <= 59 ? `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` : undefined;
}
