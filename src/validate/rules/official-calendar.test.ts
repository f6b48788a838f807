import { describe, expect, it } from "vitest";
import type { Plan } from "../../plan/types.gen.js";
import { officialCalendarKnown } from "./official-calendar.js";

const plan = (year: number, deadline: object, calendar?: object) =>
  ({ year, units: [], implementation: [{ units: ["u"], tasks: [{ id: "t", text: "Việc.", deadline }] }], ...(calendar && { calendar }) }) as unknown as Plan;
const check = (p: Plan) => officialCalendarKnown.check({ plan: p, locate: () => ({ line: 1, column: 1 }) });
const workingDays = { daysAfter: 7, workingDays: true, session: "all" };

describe("a plan counting working days in a year without its official schedule", () => {
  it.each<[string, Plan, string[]]>([
    ["2027, working days: warned once, at the year", plan(2027, workingDays), ["official-calendar-unknown"]],
    ["2024 has its official schedule", plan(2024, workingDays), []],
    ["2027 without working days: nothing to warn about", plan(2027, { daysAfter: 7, session: "all" }), []],
    ["2027 with the year's schedule copied into the plan with its source", plan(2027, workingDays, { source: "Công văn số 1/VPCP-KGVX", daysOff: [] }), []],
    ["2027 with only a local day off: still warned", plan(2027, workingDays, { daysOff: [{ date: "2027-03-08" }] }), ["official-calendar-unknown"]],
  ])("%s", (_, p, codes) => {
    const issues = check(p);
    expect(issues.map((i) => i.code)).toEqual(codes);
    for (const issue of issues) expect(issue).toMatchObject({ severity: "warning", path: ["year"], params: { year: p.year } });
  });
});
