import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { flowShapeProblem, MAX_FLOW_DEPTH, MAX_FLOW_ITEMS } from "./flow-shape.js";
import { MAX_PLAN_BYTES } from "./read-source.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith(".yaml")).map((f) => readFileSync(join(EXAMPLES, f), "utf8"));

/** The finding's code and where it points, as line:column (1-based). */
function found(text: string) {
  const problem = flowShapeProblem(text);
  if (!problem) return undefined;
  const before = text.slice(0, problem.offset);
  const at = `${before.split("\n").length}:${problem.offset - before.lastIndexOf("\n")}`;
  const outermost = problem.outermost === undefined ? {} : { outermostLine: text.slice(0, problem.outermost).split("\n").length };
  return { code: problem.code, at, ...outermost };
}

describe("brackets no plan has, found before the parser runs", () => {
  it.each<[string, string, object]>([
    ["brackets nested deeper than a plan, at the first one too many", `x: ${"[".repeat(40)}${"]".repeat(40)}\n`, { code: "yaml-flow-too-deep", at: "1:36", outermostLine: 1 }],
    ["a bracket left open on each line, from the line of the first", `year: 2021\n${Array.from({ length: 40 }, (_, i) => `k${i}: [x\n`).join("")}`, { code: "yaml-flow-too-deep", at: "34:6", outermostLine: 2 }],
    ["braces as well as brackets", `x: ${"{a: [".repeat(20)}\n`, { code: "yaml-flow-too-deep", at: "1:84", outermostLine: 1 }],
    ["a list with more items than any plan", `a: 1\nx: [${"a,".repeat(MAX_FLOW_ITEMS + 10)}]\n`, { code: "yaml-flow-too-many-items", at: `2:${4 + 2 * MAX_FLOW_ITEMS}` }],
    ["lists opened on one line, deeper than a plan", `x:\n${"- ".repeat(40)}a\n`, { code: "yaml-too-deep", at: "2:65" }],
    ["lists opened on one line after a key", `x: ${"- ".repeat(40)}a\n`, { code: "yaml-too-deep", at: "1:68" }],
    ["many short lists, counted together", `x:\n${"  - [a, b, c, d]\n".repeat(MAX_FLOW_ITEMS / 4 + 1)}`, { code: "yaml-flow-too-many-items", at: `${MAX_FLOW_ITEMS / 4 + 2}:5` }],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["brackets in a plain text of a block", `text: xem ${"[".repeat(40)} và ${"{".repeat(40)}\n`],
    ["brackets in quoted texts, block and flow", `a: "${"[".repeat(40)}"\nb: '${"[".repeat(40)}'\nc: ["${"[".repeat(40)}", 'it''s ${"{".repeat(40)}']\n`],
    ["a quoted text over several lines", `a: "mở\n${"[".repeat(40)}\nvẫn trong ngoặc kép \\" ${"[".repeat(40)}"\n`],
    ["brackets in comments", `# ${"[".repeat(40)}\na: 1 # ${"[".repeat(40)}\nb: [x, # ${"[".repeat(40)}\n  y]\n`],
    ["brackets in a block text (| and >), until the block ends", `a: |\n  ${"[".repeat(40)}\n\n  ${"{".repeat(40)}\nb: >-\n  ${"[".repeat(40)}\nc: [x]\n`],
    ["a block text in a list", `- text: |\n    ${"[".repeat(40)}\n  note: x\n- |\n  ${"[".repeat(40)}\n`],
    ["lists opened on one line up to the limit", `x:\n${"- ".repeat(MAX_FLOW_DEPTH)}a\n`],
    ["nesting up to the limit", `x: ${"[".repeat(MAX_FLOW_DEPTH)}${"]".repeat(MAX_FLOW_DEPTH)}\n`],
    ["one bracket left open in a whole plan", examples[0].replace(/\[([^\]\n]*)\]/, "[$1")],
  ])("no finding for %s", (_, text) => {
    expect(found(text)).toBeUndefined();
  });

  it.each(examples.map((text, i) => [i, text] as const))("no finding for example %i, as written and as JSON", (_, text) => {
    expect(found(text)).toBeUndefined();
    expect(found(JSON.stringify(parse(text), null, 2))).toBeUndefined();
  });

  it("no finding for a plan at the size limit written entirely in brackets, of the tersest tasks", () => {
    const head = `{"year":2021,"units":[{"id":"u","name":"Đơn vị"}],"implementation":[{"units":["u"],"tasks":[`;
    const tasks: string[] = [];
    let bytes = Buffer.byteLength(head) + 4;
    for (let i = 0; ; i++) {
      const task = JSON.stringify({ id: `nv-${i}`, text: `Việc ${i}.`, deadline: { on: "2021-03-15" }, status: "done", completedOn: "2021-03-10" });
      if (bytes + Buffer.byteLength(task) + 1 > MAX_PLAN_BYTES) break;
      tasks.push(task);
      bytes += Buffer.byteLength(task) + 1;
    }
    const json = `${head}${tasks.join(",")}]}]}`;
    expect(Buffer.byteLength(json)).toBeGreaterThan(MAX_PLAN_BYTES * 0.99);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(MAX_PLAN_BYTES);
    expect(found(json)).toBeUndefined();
  });

  it("the examples written as JSON up to the size limit hold less than half the items the limit allows", () => {
    for (const text of examples) {
      const data: unknown = parse(text);
      // Each list item and each field is an item, as the scan counts them (a comma, or an opening bracket).
      const count = (value: unknown): number =>
        Array.isArray(value) ? value.length + value.reduce((n: number, v) => n + count(v), 0) : value && typeof value === "object" ? Object.values(value).reduce((n: number, v) => n + 1 + count(v), 0) : 0;
      const bytesPerItem = Buffer.byteLength(JSON.stringify(data)) / count(data);
      expect(MAX_PLAN_BYTES / bytesPerItem).toBeLessThan(MAX_FLOW_ITEMS / 2);
    }
  });
});
