import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { dialogue, ROOT } from "../helpers/cli.js";

/**
 * The editor and the tool must not contradict each other. The editor (VS Code's YAML extension)
 * checks a plan against the schema alone, so the schema carries what it can of the plan's rules
 * (if/then, oneOf, the days of each month) with Vietnamese `errorMessage`s; `dialogue validate`
 * stays the reference. Here ajv plays the editor — draft-07, every error, `format: date`, the
 * `errorMessage` keyword accepted as the extension reads it — on every plan of the bad-plan
 * corpus and on the examples, and each side's flagged lines are compared.
 */
const schema = JSON.parse(readFileSync(join(ROOT, "schemas/plan.schema.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats is CommonJS: its plugin is the module itself at run time, `.default` to the types.
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (ajv: Ajv, names: string[]) => void;
addFormats(ajv, ["date"]);
const editorCheck = ajv.compile(schema);

/** The codes of the tool whose mistakes the schema can see; the editor must flag each of them too. */
const SCHEMA_CAN_SEE =
  /^schema-|^(session-held-without-date|session-needs-reason|session-postponed-without-target|session-scheduled-without-date|task-done-without-date|deadline-shape|deadline-needs-session|deadline-field-orphan)$/;

interface Span {
  from: number;
  to: number;
  what: string;
}

/** The lines the editor underlines for one schema error: the node at its path (a stray field: its key). */
function spanOf(error: ErrorObject, doc: Document, lines: LineCounter): Span {
  const path = error.instancePath.split("/").slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
  let node = (path.length ? doc.getIn(path, true) : doc.contents) as Node | null;
  if (error.keyword === "additionalProperties" && isMap(node)) {
    const stray = node.items.find((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === (error.params as { additionalProperty: string }).additionalProperty);
    node = (stray?.key as Node | undefined) ?? node;
  }
  const [start, , end] = node?.range ?? [0, 0, 0];
  return { from: lines.linePos(start).line, to: lines.linePos(Math.max(start, end - 1)).line, what: `${error.instancePath} ${error.keyword}` };
}

function editorSpans(file: string): Span[] {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: lines, uniqueKeys: false });
  if (editorCheck(doc.toJS({ maxAliasCount: -1 }))) return [];
  // The failing `if` and the branches of an anyOf or oneOf (a deadline's forms) that did not match
  // only explain the error beside them: the editor underlines the value whose branches all failed.
  const errors = (editorCheck.errors ?? []).filter((e: ErrorObject) => e.keyword !== "if" && !/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath));
  return errors.map((e: ErrorObject) => spanOf(e, doc, lines));
}

async function toolFindings(file: string): Promise<{ code: string; line: number; severity: string }[]> {
  return JSON.parse((await dialogue(["validate", file, "--format", "json"])).stdout);
}

const CORPUS = join(ROOT, "test/fixtures/bad");
const NOT_PLANS_THE_EDITOR_READS = /^yaml-|^duplicate-key$|^input-/;

describe("the editor (the schema alone) and dialogue validate flag the same lines", () => {
  const plans = [
    ...readdirSync(CORPUS).filter((f) => f.endsWith(".yaml")).map((f) => join(CORPUS, f)),
    ...readdirSync(join(ROOT, "examples")).map((f) => join(ROOT, "examples", f)),
  ];

  it.each(plans.map((file) => [file.slice(ROOT.length + 1), file]))("%s", async (_, file) => {
    const tool = await toolFindings(file);
    if (tool.some((f) => NOT_PLANS_THE_EDITOR_READS.test(f.code))) return; // the YAML itself is broken: neither side checks the plan
    const editor = editorSpans(file);
    const errors = tool.filter((f) => f.severity === "error");
    // Every line the editor flags, the tool flags too (no error of the editor that the tool denies).
    for (const span of editor) expect(errors.some((f) => f.line >= span.from && f.line <= span.to), `${span.what} at ${span.from}–${span.to}`).toBe(true);
    // Every mistake the schema can see, the editor flags at the tool's line.
    for (const f of errors.filter((f) => SCHEMA_CAN_SEE.test(f.code)))
      expect(editor.some((span) => f.line >= span.from && f.line <= span.to), `${f.code}@${f.line} not flagged by the editor`).toBe(true);
  });

  it("sees the rules it was given: held, done, postponed, cancelled, scheduled, one deadline form, real days", async () => {
    const spans = editorSpans(join(CORPUS, "state-rules.yaml"));
    const tool = (await toolFindings(join(CORPUS, "state-rules.yaml"))).filter((f) => SCHEMA_CAN_SEE.test(f.code));
    expect(tool.length).toBe(11);
    expect(spans.length).toBeGreaterThanOrEqual(11);
    expect(editorSpans(join(ROOT, "examples/ke-hoach-doi-thoai-2024-son-nguyen.yaml"))).toEqual([]);
  });

  it("speaks Vietnamese where the extension shows errorMessage, and knows each month's days", () => {
    const date = schema.definitions.Date;
    const day = new RegExp(date.pattern);
    for (const real of ["2024-02-29", "2000-02-29", "2021-04-30", "2021-12-31", "2400-02-29"]) expect(day.test(real), real).toBe(true);
    for (const unreal of ["2023-02-29", "1900-02-29", "2021-02-30", "2021-04-31", "2021-06-31", "2021-13-01", "2021-00-10", "2021-01-00", "2021-1-5"]) expect(day.test(unreal), unreal).toBe(false);
    const messages: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === "object") for (const [key, value] of Object.entries(node)) key === "errorMessage" ? messages.push(String(value)) : collect(value);
    };
    collect(schema);
    expect(messages.length).toBeGreaterThanOrEqual(9);
    for (const message of messages) expect(message).toMatch(/[ảạãáàđêếệôốộơờớưứữ]/);
    for (const [name, definition] of Object.entries(schema.definitions as Record<string, { title?: string }>))
      expect(definition.title ?? "", name).toMatch(/[àáảãạăằắâầấđêềếệôồốơờớưừứữýỳ]|^Mã$|^Giờ$/);
  });
});
