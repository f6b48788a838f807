import type { Translate } from "../i18n/translate.js";

/** A periodic deadline's period as a clerk says it: "tháng 3/2025", "quý 1/2025". */
export function periodText(period: string, t: Translate): string {
  const [year, rest] = period.split("-");
  return rest.startsWith("q") ? t("status-session-quarter", { quarter: Number(rest.slice(1)), year: Number(year) }) : t("status-session-month", { month: Number(rest), year: Number(year), part: "" });
}
