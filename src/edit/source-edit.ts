import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Document, type Node, type YAMLMap } from "yaml";

type Path = readonly (string | number)[];

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Edits a YAML plan in its own text: only the lines of the changed fields move, every other byte
 * (comments, key order, quoting, blank lines, CRLF) stays as it was. Each operation records a
 * splice; `result()` applies them and checks that the new text parses to exactly the expected data.
 */
export class SourceEdit {
  private readonly doc: Document;
  private readonly splices: Splice[] = [];
  private readonly expected: unknown;
  private readonly newline: string;
  /** New keys per existing map, merged so that two changes under one new key make one block. */
  private readonly additions = new Map<YAMLMap, Record<string, unknown>>();
  /** Keys removed per map, so that additions to a `{ … }` map know whether a comma is needed. */
  private readonly removals = new Map<YAMLMap, Set<unknown>>();

  constructor(private readonly text: string) {
    this.doc = parseDocument(text, { lineCounter: new LineCounter(), version: "1.2", resolveKnownTags: false });
    if (this.doc.errors.length) throw new Error(`cannot edit a plan with YAML errors: ${this.doc.errors[0].message}`);
    this.expected = this.doc.toJS();
    this.newline = text.includes("\r\n") ? "\r\n" : "\n";
  }

  /** Sets a value, creating the missing maps on the way. */
  set(path: Path, value: unknown): this {
    applyTo(this.expected, path, () => value);
    const node = this.doc.getIn(path, true) as Node | undefined;
    if (node && isScalar(node) && !isObjectLike(value)) {
      const [start, end] = node.range!;
      this.splice(start, end, (start === end ? " " : "") + inlineScalar(value)); // `key:` with no value yet
      return this;
    }
    if (node !== undefined) throw new Error(`cannot replace the block at ${path.join(".")}`);
    const [parent, missing] = this.deepestMap(path);
    const added = this.additions.get(parent) ?? {};
    applyTo(added, missing, () => value);
    this.additions.set(parent, added);
    return this;
  }

  /** Adds `key:` with a block value given as YAML text (comments kept) at the end of a block map. */
  addBlock(mapPath: Path, key: string, yaml: string): this {
    const map = mapPath.length ? this.doc.getIn(mapPath, true) : this.doc.contents;
    if (!isMap(map) || map.flow || !map.items.length) throw new Error(`cannot add a block to ${mapPath.join(".")}`);
    if (map.has(key)) throw new Error(`${[...mapPath, key].join(".")} already exists`);
    applyTo(this.expected, [...mapPath, key], () => parseDocument(yaml, { version: "1.2" }).toJS());
    const last = map.items.at(-1)!;
    const at = this.lineEnd(((last.value ?? last.key) as Node).range![1]);
    const nested = yaml.trimEnd().split("\n").map((line) => (line ? `  ${line}` : line)).join("\n");
    this.splice(at, at, this.block(`${key}:\n${nested}`, this.column((last.key as Node).range![0])));
    return this;
  }

  /** Removes a `key: value` pair, if present: its line(s) in a block map, the pair and a comma in a `{ … }` map. */
  remove(path: Path): this {
    const map = this.doc.getIn(path.slice(0, -1), true);
    if (!isMap(map)) return this;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
    if (!pair) return this;
    applyTo(this.expected, path, () => undefined, true);
    this.removals.set(map, (this.removals.get(map) ?? new Set()).add(path.at(-1)));
    const key = pair.key as Node;
    const value = pair.value as Node;
    if (!map.flow) {
      this.splice(this.lineStart(key.range![0]), this.lineEnd(value.range![1]), "");
      return this;
    }
    let [start, end] = [key.range![0], value.range![1]];
    const after = /^\s*,\s*/.exec(this.text.slice(end));
    const before = /,\s*$/.exec(this.text.slice(0, start));
    if (after) end += after[0].length;
    else if (before) start -= before[0].length;
    this.splice(start, end, "");
    return this;
  }

  /** Appends an item to a block sequence, creating the sequence if it is missing. */
  append(path: Path, item: Record<string, unknown>): this {
    const seq = this.doc.getIn(path, true) as Node | undefined;
    if (seq === undefined) return this.set(path, [item]);
    if (!isSeq(seq) || seq.flow || !seq.items.length) throw new Error(`cannot append to ${path.join(".")}`);
    applyTo(this.expected, path, (old) => [...(old as unknown[]), item]);
    const last = seq.items.at(-1) as Node;
    const at = this.lineEnd(last.range![1]);
    const indent = this.column(seq.range![0]);
    this.splice(at, at, this.block(stringify([item], { lineWidth: 0 }), indent));
    return this;
  }

  result(): string {
    for (const [map, entries] of this.additions) this.insertIntoMap(map, entries);
    this.additions.clear();
    let out = this.text;
    // From the end backwards; at one position the later edit goes first so that the earlier one ends up above it.
    const order = this.splices.map((s, i) => [s, i] as const).sort(([a, i], [b, j]) => b.start - a.start || j - i);
    for (const [s] of order) out = out.slice(0, s.start) + s.text + out.slice(s.end);
    const back = parseDocument(out, { version: "1.2", resolveKnownTags: false });
    if (back.errors.length || canonical(back.toJS()) !== canonical(this.expected))
      throw new Error("the edited text does not read back as the intended change");
    return out;
  }

  private insertIntoMap(map: YAMLMap, entries: Record<string, unknown>): void {
    const entry = stringify(entries, { lineWidth: 0 });
    if (map.flow) {
      const inline = stringify(entries, { lineWidth: 0, collectionStyle: "flow" }).trim().replace(/^\{\s*|\s*\}$/g, "");
      if (inline.includes("\n")) throw new Error("cannot add a block inside a { … } map");
      let end = this.text.lastIndexOf("}", map.range![1]);
      while (/\s/.test(this.text[end - 1])) end--;
      const removed = this.removals.get(map);
      const remaining = map.items.filter((p) => !removed?.has(isScalar(p.key) ? p.key.value : p.key));
      this.splice(end, end, (remaining.length ? ", " : "") + inline);
      return;
    }
    const last = map.items.at(-1);
    if (!last) throw new Error("cannot add to an empty map");
    const at = this.lineEnd(((last.value ?? last.key) as Node).range![1]);
    this.splice(at, at, this.block(entry, this.column((last.key as Node).range![0])));
  }

  private deepestMap(path: Path): [YAMLMap, Path] {
    for (let i = path.length - 1; i >= 0; i--) {
      const node = i === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, i), true);
      if (isMap(node)) return [node, path.slice(i)];
      if (node !== undefined) break;
    }
    throw new Error(`no map to hold ${path.join(".")}`);
  }

  private block(yaml: string, indent: number): string {
    const pad = " ".repeat(indent);
    return yaml.trimEnd().split("\n").map((line) => pad + line).join(this.newline) + this.newline;
  }

  private splice(start: number, end: number, text: string): void {
    this.splices.push({ start, end, text });
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf("\n", offset - 1) + 1;
  }

  /** The offset just after the newline that ends the line holding `offset - 1` (a range end). */
  private lineEnd(offset: number): number {
    if (this.text[offset - 1] === "\n") return offset;
    const nl = this.text.indexOf("\n", offset);
    return nl < 0 ? this.text.length : nl + 1;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }
}

const isObjectLike = (v: unknown) => typeof v === "object" && v !== null;

/** JSON with sorted keys: the same data whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    isObjectLike(v) && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function inlineScalar(value: unknown): string {
  const text = stringify(value, { lineWidth: 0 }).trimEnd();
  if (text.includes("\n")) throw new Error("a multi-line value cannot replace a scalar");
  return text;
}

/** The same change on plain data, to check the text edit against. */
function applyTo(data: unknown, path: Path, change: (old: unknown) => unknown, remove = false): void {
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  if (remove) delete node[last];
  else node[last] = change(node[last]);
}
