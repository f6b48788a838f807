import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Session } from "../plan/types.gen.js";
import { DEADLINE_HOSTS, DEADLINE_KINDS, dueOf, kindOf, kindsOf, periodOccurrences, type DeadlineFields, type DeadlineHost, type Due } from "./deadline-kinds.js";
import { WorkCalendar } from "./work-calendar.js";

const ROOT = join(import.meta.dirname, "../..");
const schema = JSON.parse(readFileSync(join(ROOT, "schemas/plan.schema.json"), "utf8"));
const calendar = new WorkCalendar();
const fixed = (day: string): Due => ({ kind: "fixed", day });

/** Where each host's deadline is defined in the schema: a oneOf of its forms. */
interface Form {
  required: string[];
  properties: Record<string, { description?: string }>;
}
const FORMS_OF: Record<DeadlineHost, Form[]> = {
  task: schema.definitions.Deadline.oneOf,
  assignment: schema.definitions.AssignmentDeadline.oneOf,
  carried: schema.definitions.CarriedAssignment.properties.deadline.oneOf,
};

describe("the schema follows the table of deadline kinds", () => {
  // The editor sees one closed form per kind (so completion offers only that form's fields once its
  // key is written); the tool's rule reports the same mistakes in its own words.
  it.each(DEADLINE_HOSTS)("%s: one form per kind, with that kind's fields and required fields", (host) => {
    const forms = FORMS_OF[host].map((form) => ({ required: form.required, fields: Object.keys(form.properties) }));
    const kinds = kindsOf(host).map((k) => ({
      required: [k.key, ...k.fields.filter((f) => f.required).map((f) => f.name)],
      fields: [k.key, ...k.fields.map((f) => f.name)],
    }));
    expect(forms).toEqual(kinds);
  });

  it("describes every field in Vietnamese", () => {
    for (const host of DEADLINE_HOSTS)
      for (const form of FORMS_OF[host])
        for (const [name, field] of Object.entries(form.properties)) expect(field.description, `${host}.${name}`).toMatch(/[àáảãạăằắâầấđêềếệôồốơờớưừứữ]/);
  });

  it("picks one kind per host for each key: daysAfter counts from the session in a plan, from the notice in a conclusion", () => {
    for (const host of DEADLINE_HOSTS) {
      const keys = kindsOf(host).map((k) => k.key);
      expect(new Set(keys).size, host).toBe(keys.length);
    }
    expect(kindOf({ daysAfter: 7, session: "s" }, "task")?.anchor).toBe("session");
    expect(kindOf({ daysAfter: 7 }, "assignment")?.anchor).toBe("conclusions");
    expect(kindOf({ on: "2024-01-01", before: "2024-02-01" }, "task")).toBeUndefined();
    expect(kindOf({ every: "month", day: 5 }, "assignment")).toBeUndefined();
    expect(DEADLINE_KINDS.map((k) => k.name)).toEqual(["on", "before", "days-before-session", "days-after-session", "days-after-notice", "after-receipt", "periodic", "roadmap"]);
  });
});

describe("a written reply counted in working days from the receipt, with a ceiling", () => {
  it.each<[string, DeadlineFields, string | undefined, Due]>([
    // 2/7/2024 is a Tuesday: ten working days skip two weekends.
    ["10 working days from Tuesday 2/7/2024", { afterReceipt: 10, upTo: 15, receivedOn: "2024-07-02" }, undefined, fixed("2024-07-16")],
    ["a complex case takes the ceiling: 15", { afterReceipt: 10, upTo: 15, receivedOn: "2024-07-02", complex: true }, undefined, fixed("2024-07-23")],
    ["over 30/4–1/5/2024 (Saturday 4/5 worked)", { afterReceipt: 10, receivedOn: "2024-04-24" }, undefined, fixed("2024-05-10")],
    ["not received yet: awaits the receipt", { afterReceipt: 10, upTo: 15 }, undefined, { kind: "awaiting", awaits: "receipt", earliest: undefined }],
    ["received after the day asked: not yet known then", { afterReceipt: 10, receivedOn: "2024-07-02" }, "2024-07-01", { kind: "awaiting", awaits: "receipt", earliest: undefined }],
    ["received on the day asked: counts", { afterReceipt: 10, receivedOn: "2024-07-02" }, "2024-07-02", fixed("2024-07-16")],
    ["complex without a ceiling keeps the ordinary count", { afterReceipt: 10, receivedOn: "2024-07-02", complex: true }, undefined, fixed("2024-07-16")],
  ])("%s", (_, deadline, asOf, expected) => {
    for (const host of ["task", "assignment"] as const) expect(dueOf(deadline, host, { calendar, asOf })).toEqual(expected);
  });
});

describe("a deadline after the session (the notice within 7 working days after it is held)", () => {
  const held: Session = { id: "s", theme: "Chủ đề", status: "held", heldOn: "2024-04-23" };
  const scheduled: Session = { id: "s", theme: "Chủ đề", status: "scheduled", scheduled: { date: "2024-04-23" } };
  it("counts from the held day, over the 30/4 holidays", () => {
    expect(dueOf({ daysAfter: 7, workingDays: true, session: "s" }, "task", { calendar, session: held })).toEqual(fixed("2024-05-06"));
    expect(dueOf({ daysAfter: 7, workingDays: true, session: "s" }, "task", { calendar, session: scheduled })).toEqual(fixed("2024-05-06"));
  });
});

describe("periodic deadlines: one per month or quarter of the plan's year", () => {
  it.each<[string, DeadlineFields, number, [string, string][]]>([
    ["by the 20th of each quarter's last month", { every: "quarter", day: 20 }, 2025, [["2025-q1", "2025-03-20"], ["2025-q2", "2025-06-20"], ["2025-q3", "2025-09-20"], ["2025-q4", "2025-12-20"]]],
    ["quarterly from May: the second quarter is the first", { every: "quarter", day: 20, from: "2025-05" }, 2025, [["2025-q2", "2025-06-20"], ["2025-q3", "2025-09-20"], ["2025-q4", "2025-12-20"]]],
    ["monthly from October", { every: "month", day: 5, from: "2025-10" }, 2025, [["2025-10", "2025-10-05"], ["2025-11", "2025-11-05"], ["2025-12", "2025-12-05"]]],
  ])("%s", (_, deadline, year, expected) => {
    expect(periodOccurrences(deadline, year).map((o) => [o.period, o.day])).toEqual(expected);
  });

  it("by day 31 of each month: the month's last day when it is shorter (29/2 in a leap year)", () => {
    const days = periodOccurrences({ every: "month", day: 31 }, 2024).map((o) => o.day);
    expect(days).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30", "2024-10-31", "2024-11-30", "2024-12-31"]);
    expect(periodOccurrences({ every: "month", day: 5 }, 2025)[0]).toEqual({ period: "2025-01", day: "2025-01-05" });
  });
});
