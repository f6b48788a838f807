import type { DayPart, PlannedTime, Recurrence } from "../plan/types.gen.js";
import { weekdayOf, type Day } from "../tracking/day.js";
import { bodyDate, fill, roman } from "./formal.js";
import type { Templates } from "./templates.js";

/**
 * A time inside a sentence, from the wording's `when` section: "ngày 23/4/2024", "08 giờ 00
 * ngày 23/4/2024 (thứ Ba)", "giữa tháng 4/2024", "quý IV/2024", "ngày 14/11/2024 hoặc
 * 21/11/2024"; a time not known yet is the section's `unknown` ("sẽ thông báo sau").
 */
export function whenText(templates: Templates, planned: PlannedTime | undefined): string {
  const text = whenWords(templates, planned);
  return planned?.note ? text + fill(templates.wording.when.note, { note: planned.note }) : text;
}

/** "sáng", "chiều", "tối". */
export const dayPartText = (templates: Templates, part: DayPart): string => templates.wording.when[`dayPart${part[0].toUpperCase()}${part.slice(1)}`];

/** "ngày 15 hằng tháng (trùng ngày nghỉ thì lùi sang ngày làm việc tiếp theo); từ tháng 7/2025: ngày 20 hằng tháng …" */
export function recurrenceText(rules: readonly Recurrence[], templates: Templates): string {
  const w = templates.wording.when;
  const monthOf = (m: string) => ({ year: Number(m.slice(0, 4)), month: Number(m.slice(5, 7)) });
  return rules
    .map((rule, i) => {
      const off = rule.whenOff === "keep" ? "" : rule.whenOff === "previous" ? w.recurrencePrevious : w.recurrenceNext;
      const part = rule.dayPart ? `${dayPartText(templates, rule.dayPart)} ` : "";
      const from = i > 0 ? fill(w.recurrenceFrom, monthOf(rule.from)) : "";
      const until = rule.until ? fill(w.recurrenceUntil, monthOf(rule.until)) : "";
      return from + part + fill(w.recurrence, { day: rule.day }) + until + off;
    })
    .join(w.recurrenceJoiner);
}

function whenWords(templates: Templates, planned: PlannedTime | undefined): string {
  const w = templates.wording.when;
  if (planned?.date && planned.dayPart && !planned.time) return fill(w.datePart, { part: dayPartText(templates, planned.dayPart), date: bodyDate(planned.date), weekday: w[`weekday${weekdayOf(planned.date)}`] });
  if (planned?.date) return dayText(templates, planned.date, planned.time);
  if (planned?.alternatives?.length) return fill(w.alternatives, { dates: planned.alternatives.map(bodyDate).join(w.alternativesJoiner) });
  if (planned?.month) {
    const [year, month] = planned.month.split("-").map(Number);
    const key = planned.part ? `month${planned.part[0].toUpperCase()}${planned.part.slice(1)}` : "month";
    return fill(w[key], { month, year });
  }
  if (planned?.quarter) {
    const [year, q] = planned.quarter.split("-Q").map(Number);
    return fill(w.quarter, { quarter: roman(q), year });
  }
  return w.unknown;
}

/** "ngày 23/4/2024 (thứ Ba)", or with its hour "08 giờ 00, ngày 23/4/2024 (thứ Ba)". */
export function dayText(templates: Templates, day: Day, time?: string): string {
  const w = templates.wording.when;
  const weekday = w[`weekday${weekdayOf(day)}`];
  if (!time) return fill(w.date, { date: bodyDate(day), weekday });
  const [hour, minute] = time.split(":");
  return fill(w.dateTime, { date: bodyDate(day), weekday, hour: hour.padStart(2, "0"), minute });
}
