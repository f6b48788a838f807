import type { CalendarAdjustments } from "../plan/types.gen.js";
import y2021 from "../../templates/holidays/2021.json" with { type: "json" };
import y2022 from "../../templates/holidays/2022.json" with { type: "json" };
import y2023 from "../../templates/holidays/2023.json" with { type: "json" };
import y2024 from "../../templates/holidays/2024.json" with { type: "json" };
import y2025 from "../../templates/holidays/2025.json" with { type: "json" };
import y2026 from "../../templates/holidays/2026.json" with { type: "json" };
import type { Day } from "./day.js";

/**
 * The official days off and make-up working days of each year whose schedule the government has
 * announced (templates/holidays/<year>.json, the shape of a plan's `calendar`, with its source).
 * Bundled into the tool: a new year is one file and one line here.
 */
export const OFFICIAL_SCHEDULES: Readonly<Record<number, CalendarAdjustments>> = {
  2021: y2021,
  2022: y2022,
  2023: y2023,
  2024: y2024,
  2025: y2025,
  2026: y2026,
};

export interface OfficialYear {
  daysOff: ReadonlySet<Day>;
  workingDays: ReadonlySet<Day>;
}

const known = new Map<number, OfficialYear>();

/** The official schedule of `year`, or undefined when it is not known (then the Labour Code rule applies). */
export function officialYear(year: number): OfficialYear | undefined {
  const schedule = OFFICIAL_SCHEDULES[year];
  if (!schedule) return undefined;
  let parsed = known.get(year);
  if (!parsed) {
    parsed = { daysOff: new Set(schedule.daysOff?.map((d) => d.date)), workingDays: new Set(schedule.workingDays?.map((d) => d.date)) };
    known.set(year, parsed);
  }
  return parsed;
}
