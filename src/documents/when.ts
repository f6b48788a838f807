import type { PlannedTime } from "../plan/types.gen.js";
import { weekdayOf, type Day } from "../tracking/day.js";
import { bodyDate, fill, roman } from "./formal.js";
import type { Templates } from "./templates.js";

/**
 * A time inside a sentence, from the wording's `when` section: "ngày 23/4/2024", "08 giờ 00
 * ngày 23/4/2024 (thứ Ba)", "giữa tháng 4/2024", "quý IV/2024", "ngày 14/11/2024 hoặc
 * 21/11/2024"; a time not known yet is the section's `unknown` ("sẽ thông báo sau").
 */
export function whenText(templates: Templates, planned: PlannedTime | undefined): string {
  const w = templates.wording.when;
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
