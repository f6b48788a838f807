import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePlanText } from "../../src/load/read-source.js";
import type { Plan } from "../../src/plan/types.gen.js";
import { minutesModel } from "../../src/documents/minutes-model.js";
import { conclusionsModel } from "../../src/documents/conclusions-model.js";
import { planModel } from "../../src/documents/plan-model.js";
import { loadTemplates } from "../../src/load/templates.js";
import { statusReport } from "../../src/tracking/report.js";
import { hasErrors } from "../../src/validate/check-plan.js";
import { SEED, SON_NGUYEN } from "../helpers/cli.js";
import { checkText } from "../../src/pipeline/check.js";

const templates = loadTemplates("hd36");
const sources = [SEED, SON_NGUYEN].map((f) => readFileSync(f, "utf8"));

/** A random edit of a real plan: what a clerk's slip of the keyboard could do. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap-lines" as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.constantFrom("\t", ": ", "- ", "[", "{", "&a ", "*a", "\n  ", "'", '"', "#", "2021-02-30", "null", "-1")) }),
  fc.record({ kind: fc.constant("replace-value" as const), at: fc.nat(), text: fc.string() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, m: Mutation): string {
  const lines = text.split("\n");
  const i = m.at % lines.length;
  switch (m.kind) {
    case "delete-line":
      lines.splice(i, 1);
      break;
    case "duplicate-line":
      lines.splice(i, 0, lines[i]);
      break;
    case "swap-lines": {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
    case "insert": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case "replace-value":
      lines[i] = lines[i].replace(/:\s.*$/, `: ${m.text}`);
  }
  return lines.join("\n");
}

/** Everything a command does with a plan once it is valid, short of writing files. */
function useValidPlan(plan: Plan): void {
  statusReport([{ file: "p.yaml", plan, lineOf: () => 1 }], "2024-09-10");
  planModel(plan, templates);
  for (const session of plan.sessions ?? []) if (session.record) [conclusionsModel, minutesModel].forEach((model) => model(plan, session, templates));
}

describe("properties", () => {
  it("validate never throws on a mutated plan, and every finding has a position in the file", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 4 }), (source, mutations) => {
        const text = mutations.reduce(apply, source);
        const decoded = decodePlanText(Buffer.from(text, "utf8"));
        if (!decoded.ok) return;
        const { findings, plan } = checkText("p.yaml", decoded.text);
        for (const f of findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
        }
        if (!hasErrors(findings)) useValidPlan(plan as Plan);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
    // 300 validations, most of them of broken YAML mended several ways: about 25 s on a busy 2-core machine.
  }, 120_000);

  it("reading never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodePlanText(bytes);
        if (decoded.ok) checkText("p.yaml", decoded.text);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it("a valid plan with random sessions, units and deadlines never breaks status or rendering", () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
    const day = fc.date({ min: new Date("2020-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
        fc.array(fc.record({ kind: fc.constantFrom("on", "before", "daysBefore", "daysAfter"), day, n: fc.nat(40), working: fc.boolean(), done: fc.option(day) }), { maxLength: 6 }),
        (sessionIds, unitIds, deadlines) => {
          const plan = {
            year: 2024,
            issuer: { name: "TỈNH ỦY THỬ", code: "TU" },
            place: "Thử",
            summary: "tổ chức đối thoại",
            sessions: sessionIds.map((s, i) => ({ id: `s-${s}`, theme: `Chủ đề ${i}`, planned: i % 2 ? { quarter: "2024-Q3" } : { date: "2024-04-20" } })),
            units: unitIds.map((u) => ({ id: `u-${u}`, name: `Đơn vị ${u}` })),
            implementation: deadlines.length === 0 ? [] : [
              {
                units: [`u-${unitIds[0]}`],
                tasks: deadlines.map((d, i) => ({
                  id: `t${i}`,
                  text: "Việc.",
                  deadline: d.kind === "on" || d.kind === "before" ? { [d.kind]: d.day } : { [d.kind]: d.n, session: i % 2 ? "all" : `s-${sessionIds[0]}`, workingDays: d.working },
                  ...(d.done && i % 2 === 0 ? { status: "done", completedOn: d.done } : {}),
                })),
              },
            ],
            signature: { position: "BÍ THƯ", name: "Người Ký" },
          };
          const findings = checkText("p.yaml", JSON.stringify(plan)).findings;
          expect(findings.filter((f) => f.severity === "error")).toEqual([]);
          useValidPlan(plan as unknown as Plan);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });
});
