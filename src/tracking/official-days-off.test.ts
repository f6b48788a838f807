import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { statutoryHolidays } from "./holidays.js";
import { OFFICIAL_SCHEDULES } from "./official-days-off.js";
import { OFFICIAL_YEARS } from "./official-years.js";
import { checkText } from "../pipeline/check.js";

const FOLDER = join(import.meta.dirname, "../../templates/holidays");
const files = readdirSync(FOLDER).filter((f) => f.endsWith(".json"));

/** A plan of `year` whose `calendar` is the official schedule, as a province would copy it in. */
const planWith = (year: number, calendar: unknown) => ({
  year,
  issuer: { name: "TỈNH ỦY THỬ NGHIỆM", code: "TU" },
  place: "Thử Nghiệm",
  summary: "tổ chức đối thoại",
  units: [{ id: "u1", name: "Ban Dân vận Tỉnh ủy" }],
  implementation: [{ units: ["u1"], tasks: [{ text: "Theo dõi." }] }],
  signature: { authority: { mode: "T/M", body: "BAN THƯỜNG VỤ" }, position: "BÍ THƯ", name: "Người Ký" },
  calendar,
});

describe("the official schedules in templates/holidays/", () => {
  it("are one file per year, each bundled into the tool", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const years = files.map((f) => Number(f.replace(".json", ""))).sort();
    expect(Object.keys(OFFICIAL_SCHEDULES).map(Number).sort()).toEqual(years);
    expect([...OFFICIAL_YEARS].sort()).toEqual(years);
  });

  it.each(files)("%s has the shape of a plan's calendar, with its source, and copies into a plan that validates", (file) => {
    const year = Number(file.replace(".json", ""));
    const schedule = JSON.parse(readFileSync(join(FOLDER, file), "utf8"));
    expect(schedule.source).toMatch(/\S/);
    expect(OFFICIAL_SCHEDULES[year]).toEqual(schedule);
    expect(checkText("p.yaml", stringify(planWith(year, schedule))).findings).toEqual([]);
    for (const { date, reason } of [...schedule.daysOff, ...schedule.workingDays]) {
      expect(date.slice(0, 4), date).toBe(String(year));
      expect(reason, date).toMatch(/\S/);
    }
  });

  it.each(files)("%s gives every public holiday of the Labour Code (the lunar ones from the table) as a day off", (file) => {
    const year = Number(file.replace(".json", ""));
    const off = new Set(OFFICIAL_SCHEDULES[year].daysOff!.map((d) => d.date));
    expect(statutoryHolidays(year).filter((h) => !off.has(h.day))).toEqual([]);
  });
});
