import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseDocument, stringify } from "yaml";
import { SourceEdit } from "./source-edit.js";

// Random layouts of plan-shaped YAML, written the ways people write it (block and `{ … }`/`[ … ]`
// styles, indented and flush sequences, `- key:` and a dash alone, every quoting, folded text,
// comments at any column — after the last item of a block too —, blank lines, CRLF, no final
// newline), then random edits of the kinds the commands make: every edit must land and read back.
// `LAYOUT_RUNS=5000 npx vitest run src/edit/source-edit.property.test.ts` looks further.

type Value = string | number | Value[] | { [key: string]: Value };
type Obj = { [key: string]: Value };
type Path = (string | number)[];

const TEXTS = ["đối thoại", "a, b", "x: y", "#x", "123", "2021-04-01", "yes", "null", "Quảng Ngãi", "- z", "[q]", "{r}", "it's", 'nói "có"', "a #b", "~", "08:00"];
const DAYS = ["2021-03-25", "2021-04-20", "2021-05-01"];
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function planData(g: fc.GeneratorValue): Obj {
  const text = () => g(fc.constantFrom, ...TEXTS);
  const day = () => g(fc.constantFrom, ...DAYS);
  const some = <T,>(make: (i: number) => T, min: number, max: number) => Array.from({ length: g(fc.integer, { min, max }) }, (_, i) => make(i));
  const maybe = (entry: Obj): Obj => (g(fc.boolean) ? entry : {});
  const session = (i: number): Obj => ({
    id: `s${i}`,
    theme: text(),
    ...maybe({ planned: g(fc.boolean) ? { month: "2021-04" } : { date: day() } }),
    ...maybe({ status: "scheduled", scheduled: { date: day(), ...maybe({ time: "08:00" }) } }),
    ...maybe({ history: some(() => ({ on: day(), change: "moved", ...maybe({ to: day() }) }), 1, 3) }),
  });
  const task = (i: number): Obj => ({
    id: `t${i}`,
    text: text(),
    ...maybe({ deadline: { on: day(), ...maybe({ workingDays: "yes" }) } }),
    ...maybe({ notes: some(() => ({ on: day(), text: text() }), 1, 2) }),
    ...maybe({ units: some((j) => `u${j}`, 1, 3) }),
  });
  return { year: 2021, sessions: some(session, 1, 3), implementation: [{ units: ["u0"], tasks: some(task, 1, 3) }] };
}

/** Writes `data` as YAML in a random layout; the test checks that it reads back as `data`. */
function layout(g: fc.GeneratorValue, data: Obj): string {
  const lines: string[] = [];
  /** Comment lines must stay left of a block scalar's text, or they would be part of it. */
  let commentLimit = Infinity;
  const pad = (n: number) => " ".repeat(n);
  const comments = (near: number) => {
    for (let n = g(fc.integer, { min: 0, max: 3 }) - 1; n > 0; n--) {
      if (g(fc.boolean)) lines.push("");
      lines.push(`${pad(g(fc.integer, { min: 0, max: Math.min(commentLimit - 1, near + 4) }))}# ghi chú`);
    }
  };
  const trailing = () => (g(fc.boolean) ? "   # chú thích" : "");
  const flow = (v: Value) => stringify(v, { collectionStyle: "flow", lineWidth: 0, flowCollectionPadding: g(fc.boolean) }).trim();

  const scalar = (v: string | number, column: number): string => {
    commentLimit = Infinity;
    if (typeof v === "number") return `${v}${trailing()}`;
    const plain = stringify(v, { lineWidth: 0 }).trimEnd();
    const style = g(fc.constantFrom, "as-needed", "single", "double", "folded", "literal", "plain-lines", "double-lines");
    const words = /^\S+( \S+)+$/.test(v) && !v.includes("#") ? v.split(" ") : undefined;
    const indent = column + g(fc.integer, { min: 1, max: 3 });
    if (style === "single") return `'${v.replace(/'/g, "''")}'${trailing()}`;
    if (style === "double") return `${JSON.stringify(v)}${trailing()}`;
    if (style === "literal" && !v.includes("#") && v.trim() === v) {
      commentLimit = indent;
      return `|-${trailing()}\n${pad(indent)}${v}`;
    }
    if (style === "folded" && words) {
      commentLimit = indent;
      return `>-${trailing()}\n${words.map((w) => pad(indent) + w).join("\n")}`;
    }
    // Text running over several lines, plain or in quotes: each line break reads as a space
    if (style === "plain-lines" && words && plain === v) {
      commentLimit = indent;
      return `${words[0]}\n${words.slice(1).map((w) => pad(indent) + w).join("\n")}`;
    }
    if (style === "double-lines" && words && !/["\\]/.test(v)) return `"${words[0]}\n${words.slice(1).map((w) => pad(indent) + w).join("\n")}"${trailing()}`;
    return `${plain}${trailing()}`;
  };

  /** A `[ … ]` or `{ … }` over several lines, an entry a line, with comments and maybe a last comma. */
  const flowLines = (v: Obj | Value[], column: number): string => {
    const entries = Array.isArray(v) ? v.map((x) => flow(x)) : Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`);
    const indent = pad(column + g(fc.integer, { min: 1, max: 3 }));
    const body = entries.map((e, i) => `${indent}${e}${i < entries.length - 1 || g(fc.boolean) ? "," : ""}${trailing()}`);
    const [open, close] = Array.isArray(v) ? ["[", "]"] : ["{", "}"];
    return `${open}\n${body.join("\n")}\n${indent}${close}`;
  };

  const value = (v: Value, column: number, prefix: string) => {
    if (!isObj(v) && !Array.isArray(v)) {
      const text = scalar(v, column);
      const [first, ...rest] = text.split("\n");
      lines.push(`${prefix} ${first}`, ...rest);
      return;
    }
    const empty = isObj(v) ? !Object.keys(v).length : !v.length;
    const style = empty ? 0 : g(fc.integer, { min: 0, max: 5 });
    if (style <= 1) {
      lines.push(...`${prefix} ${style === 0 ? flow(v) : flowLines(v, column)}${trailing()}`.split("\n"));
      commentLimit = Infinity;
      return;
    }
    lines.push(prefix + g(fc.constantFrom, "", "  ") + trailing());
    commentLimit = Infinity;
    if (g(fc.boolean)) comments(column);
    if (isObj(v)) map(v, column + g(fc.integer, { min: 1, max: 4 }));
    else seq(v, g(fc.boolean) ? column : column + g(fc.integer, { min: 1, max: 4 }));
  };

  const map = (obj: Obj, column: number, dash?: string) => {
    Object.entries(obj).forEach(([key, v], i) => {
      if (i > 0 || !dash) comments(column);
      const prefix = i === 0 && dash ? dash : pad(column);
      value(v, column, `${prefix}${g(fc.integer, { min: 0, max: 5 }) ? key : JSON.stringify(key)}:`);
    });
    comments(column); // after the last entry of the block
  };

  const seq = (items: Value[], column: number) => {
    items.forEach((item) => {
      comments(column);
      if (isObj(item) && Object.keys(item).length && g(fc.integer, { min: 0, max: 3 }) > 0) {
        if (g(fc.boolean)) {
          const gap = g(fc.constantFrom, " ", "   ");
          map(item, column + 1 + gap.length, `${pad(column)}-${gap}`);
        } else {
          lines.push(`${pad(column)}-${trailing()}`);
          commentLimit = Infinity;
          map(item, column + g(fc.integer, { min: 1, max: 3 }));
        }
      } else value(item, column + 2, `${pad(column)}-`);
    });
    comments(column);
  };

  if (g(fc.boolean)) lines.push("# đầu tệp");
  if (g(fc.integer, { min: 0, max: 4 }) === 0) lines.push("---");
  map(data, 0);
  const newline = g(fc.boolean) ? "\r\n" : "\n";
  const text = lines.join(newline);
  return g(fc.boolean) ? text + newline : text;
}

type Op =
  | { kind: "set"; path: Path; value: Value }
  | { kind: "remove"; path: Path }
  | { kind: "append"; path: Path; item: Obj }
  | { kind: "removeItem"; path: Path; index: number }
  | { kind: "addBlock"; path: Path; key: string };

const BLOCK = "# khung mới\nopinions: []\nnote: a, b # chú thích\n";

/** Every map and sequence of the data, with its path. */
function collections(value: Value, path: Path = []): { path: Path; value: Obj | Value[] }[] {
  if (!isObj(value) && !Array.isArray(value)) return [];
  const children = isObj(value) ? Object.entries(value) : value.map((v, i) => [i, v] as const);
  return [{ path, value }, ...children.flatMap(([k, v]) => collections(v, [...path, k]))];
}

function randomOps(g: fc.GeneratorValue, data: Obj, text: string): Op[] {
  const doc = parseDocument(text);
  const isBlock = (path: Path) => !(doc.getIn(path, true) as { flow?: boolean } | undefined)?.flow;
  const all = collections(data);
  const ops: Op[] = [];
  const touched: Path[] = [];
  const removedFrom = new Map<string, number>();
  const overlaps = (p: Path) => touched.some((t) => [[t, p], [p, t]].some(([a, b]) => a.length <= b.length && a.every((x, i) => x === b[i])));
  for (let n = g(fc.integer, { min: 1, max: 3 }); n > 0; n--) {
    const { path, value } = all[g(fc.integer, { min: 0, max: all.length - 1 })];
    const kind = g(fc.constantFrom, "set", "set-new", "remove", "append", "append-new", "removeItem", "addBlock");
    let op: Op | undefined;
    if (isObj(value)) {
      const keys = Object.keys(value);
      const scalars = keys.filter((k) => !isObj(value[k]) && !Array.isArray(value[k]));
      const fresh = `k${ops.length}`;
      if (kind === "set" && scalars.length) op = { kind, path: [...path, g(fc.constantFrom, ...scalars)], value: g(fc.constantFrom, ...TEXTS, ...DAYS) };
      if (kind === "set-new") op = { kind: "set", path: g(fc.boolean) ? [...path, fresh] : [...path, fresh, "status"], value: g(fc.constantFrom, ...TEXTS) };
      if (kind === "remove" && keys.length) {
        const left = (removedFrom.get(path.join("/")) ?? keys.length) - 1;
        if (left > 0) {
          removedFrom.set(path.join("/"), left);
          op = { kind, path: [...path, g(fc.constantFrom, ...keys)] };
        }
      }
      if (kind === "append-new") op = { kind: "append", path: [...path, fresh], item: { on: "2021-05-01", text: g(fc.constantFrom, ...TEXTS) } };
      // A block of lines goes into a block map only, which `{` does not open
      if (kind === "addBlock" && keys.length && path.length && isBlock(path)) op = { kind, path, key: fresh };
    } else if (Array.isArray(value)) {
      if (kind === "append") op = { kind, path, item: { on: "2021-05-01", change: "held", text: g(fc.constantFrom, ...TEXTS) } };
      const left = (removedFrom.get(path.join("/")) ?? value.length) - 1;
      if (kind === "removeItem" && left > 0) {
        removedFrom.set(path.join("/"), left);
        op = { kind, path, index: g(fc.integer, { min: 0, max: value.length - 1 }) };
      }
      const scalarItems = value.map((v, i) => [v, i] as const).filter(([v]) => !isObj(v) && !Array.isArray(v));
      if (kind === "set" && scalarItems.length) op = { kind, path: [...path, g(fc.constantFrom, ...scalarItems)[1]], value: g(fc.constantFrom, ...TEXTS) };
    }
    const at = op && (op.kind === "removeItem" ? [...op.path, op.index] : op.kind === "addBlock" ? [...op.path, op.key] : op.path);
    if (!op || !at || overlaps(at)) continue;
    touched.push(at);
    ops.push(op);
  }
  return ops;
}

function applyToData(data: Obj, op: Op): void {
  const path = op.kind === "addBlock" ? [...op.path, op.key] : op.path;
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (op.kind === "set") node[last] = op.value;
  if (op.kind === "remove") delete node[last];
  if (op.kind === "append") node[last] = [...((node[last] as Value[] | undefined) ?? []), op.item];
  if (op.kind === "removeItem") (node[last] as Value[]).splice(op.index, 1);
  if (op.kind === "addBlock") node[last] = parse(BLOCK);
}

function applyToText(edit: SourceEdit, op: Op): void {
  if (op.kind === "set") edit.set(op.path, op.value);
  if (op.kind === "remove") edit.remove(op.path);
  if (op.kind === "append") edit.append(op.path, op.item);
  if (op.kind === "removeItem") edit.removeItem(op.path, op.index);
  if (op.kind === "addBlock") edit.addBlock(op.path, op.key, BLOCK);
}

const commentLines = (text: string) => text.split(/\r?\n/).filter((line) => /^\s*#/.test(line));

describe("SourceEdit on random layouts", () => {
  it("every edit lands, reads back as exactly the intended change, and keeps line ends and comments", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const data = planData(g);
        const text = layout(g, data);
        expect(parse(text), text).toEqual(data); // the layout itself is right
        const ops = randomOps(g, data, text);
        const edit = new SourceEdit(text);
        for (const op of ops) applyToText(edit, op);
        let out = "";
        try {
          out = edit.result();
        } catch (error) {
          expect.fail(`${String(error)} on ${JSON.stringify(ops)} in:\n${text}`);
        }
        const expected = structuredClone(data);
        // Paths name places in the text as read: items are removed last, from the end
        const removals = ops.filter((op) => op.kind === "removeItem").sort((a, b) => b.index - a.index);
        for (const op of [...ops.filter((op) => op.kind !== "removeItem"), ...removals]) applyToData(expected, op);
        expect(parse(out), `${text}\n---- edited ----\n${out}`).toEqual(expected);
        if (text.includes("\r\n")) expect(out.replace(/\r\n/g, "")).not.toContain("\n");
        else expect(out).not.toContain("\r");
        if (ops.every((op) => op.kind !== "remove" && op.kind !== "removeItem")) {
          const kept = commentLines(out);
          let i = 0;
          for (const line of commentLines(text)) i = kept.indexOf(line, i) + 1 || expect.fail(`lost comment ${line}`);
        }
      }),
      { numRuns: Number(process.env.LAYOUT_RUNS ?? 200) },
    );
  }, 120_000);
});
