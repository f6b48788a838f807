import { isCollection, isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { EditError } from "./edit-error.js";
import { applyTo, canonical } from "./expected-data.js";
import { SourceText } from "./source-text.js";

type Path = readonly (string | number)[];

interface Splice {
  start: number;
  end: number;
  text: string;
  /** Lines added at one place: those of a deeper block go first, since its end is also its parent's. */
  depth?: number;
}

/**
 * Edits a YAML plan in its own text: only the lines of the changed fields move, every other byte
 * (comments, key order, quoting, blank lines, CRLF) stays as it was. Each operation records a
 * splice; `result()` applies them and checks that the new text parses to exactly the expected data.
 *
 * Positions come from the leaves (scalars, `[…]`, `{…}`): the ranges the parser gives a block
 * collection may run on over the comments after it and into the next line's indentation.
 */
export class SourceEdit {
  private readonly doc: Document;
  private readonly source: SourceText;
  private readonly splices: Splice[] = [];
  private readonly expected: unknown;
  /** New keys per existing map, merged so that two changes under one new key make one block. */
  private readonly additions = new Map<YAMLMap, { path: Path; entries: Record<string, unknown> }>();
  /** Items removed, applied to the expected data last: every path names a place in the text as read. */
  private readonly removedItems: [Path, number][] = [];
  /** Pairs or items removed per collection, cut a run at a time; additions to a map need to know what is left of it. */
  private readonly removals = new Map<YAMLMap | YAMLSeq, Set<unknown>>();
  /** The order new keys of a block map take among its existing ones (by the map's path). */
  private readonly orders = new Map<string, readonly string[]>();

  /** `parsed`: this very text already parsed as YAML 1.2 without known tags (a plan as read), to save a parse. */
  constructor(
    private readonly text: string,
    parsed?: Document,
  ) {
    this.doc = parsed ?? parseDocument(text, { version: "1.2", resolveKnownTags: false });
    if (this.doc.errors.length) throw new EditError("edit-readback");
    this.expected = this.doc.toJS();
    this.source = new SourceText(text);
  }

  /** Sets a value, creating the missing maps on the way. */
  set(path: Path, value: unknown): this {
    const node = this.doc.getIn(path, true) as Node | undefined;
    if (node !== undefined && !(isScalar(node) && !isObjectLike(value))) throw new EditError("edit-cannot-place", path);
    applyTo(this.expected, path, () => value);
    if (node) {
      const start = node.range![0];
      const end = this.source.trimLineBreaks(start, node.range![1]); // a block scalar's range takes its last line break
      const text = scalarText(value, this.inFlow(path), path);
      // `key:` with no value yet: its empty scalar sits at the line end, or at a comment (`key:   # …`)
      const [before, after] = start === end ? [this.text[start - 1] === " " ? "" : " ", this.text[start] === "#" ? " " : ""] : ["", ""];
      this.splice(start, end, before + text + after);
      return this;
    }
    const [map, mapPath, missing] = this.deepestMap(path);
    const added = this.additions.get(map) ?? { path: mapPath, entries: {} };
    applyTo(added.entries, missing, () => value);
    this.additions.set(map, added);
    return this;
  }

  /** Adds `key:` with a block value given as YAML text (comments kept) at the end of a block map. */
  addBlock(mapPath: Path, key: string, yaml: string): this {
    const map = mapPath.length ? this.doc.getIn(mapPath, true) : this.doc.contents;
    if (!isMap(map) || map.flow || !map.items.length || map.has(key)) throw new EditError("edit-cannot-place", [...mapPath, key]);
    applyTo(this.expected, [...mapPath, key], () => parseDocument(yaml, { version: "1.2" }).toJS());
    const nested = yaml.trimEnd().split("\n").map((line) => (line ? `  ${line}` : line)).join("\n");
    const column = this.source.column((map.items[0].key as Node).range![0]);
    this.insertLines(this.endOfBlock(map, column), `${key}:\n${nested}`, column, mapPath.length);
    return this;
  }

  /**
   * New keys of the block map at `mapPath` go among its keys in this order (sessions in the plan's
   * order), not at its end: two clerks adding different keys then change different lines, and git
   * merges their work.
   */
  orderKeys(mapPath: Path, keys: readonly string[]): this {
    this.orders.set(mapPath.join("\u0000"), keys);
    return this;
  }

  /** Removes a `key: value` pair, if present: its line(s) in a block map, the pair and a comma in a `{ … }` map. */
  remove(path: Path): this {
    const map = this.doc.getIn(path.slice(0, -1), true);
    if (!isMap(map)) return this;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
    if (!pair) return this;
    applyTo(this.expected, path, () => undefined, true);
    this.removals.set(map, (this.removals.get(map) ?? new Set()).add(pair));
    return this;
  }

  /** Appends an item to a sequence, creating the sequence if it is missing. */
  append(path: Path, item: Record<string, unknown>): this {
    const seq = this.doc.getIn(path, true) as Node | undefined;
    if (seq === undefined) return this.set(path, [item]);
    if (!isSeq(seq)) throw new EditError("edit-cannot-place", path);
    applyTo(this.expected, path, (old) => [...(old as unknown[]), item]);
    if (seq.flow) {
      const text = flowText(item);
      const last = seq.items.at(-1) as Node | undefined;
      if (last) this.splice(contentEnd(last), contentEnd(last), `, ${text}`);
      else this.splice(seq.range![0] + 1, seq.range![0] + 1, text);
      return this;
    }
    const column = this.source.column(seq.range![0]);
    this.insertLines(this.endOfBlock(seq, column), stringify([item], { lineWidth: 0 }), column, path.length);
    return this;
  }

  /** Removes one item of a sequence; the sequence must keep at least one (remove its key instead). */
  removeItem(path: Path, index: number): this {
    const seq = this.doc.getIn(path, true) as Node | undefined;
    if (!isSeq(seq) || !seq.items[index]) throw new EditError("edit-cannot-place", [...path, index]);
    this.removedItems.push([path, index]);
    this.removals.set(seq, (this.removals.get(seq) ?? new Set()).add(seq.items[index]));
    return this;
  }

  result(): string {
    for (const [map, { path, entries }] of this.additions) this.insertIntoMap(map, path, entries);
    for (const [collection, removed] of this.removals) this.removeRuns(collection, removed);
    this.additions.clear();
    this.removals.clear();
    for (const [path, index] of this.removedItems.sort(([, a], [, b]) => b - a)) applyTo(this.expected, path, (old) => (old as unknown[]).filter((_, i) => i !== index));
    this.removedItems.length = 0;
    const out = this.applySplices();
    const back = parseDocument(out, { version: "1.2", resolveKnownTags: false });
    if (back.errors.length || canonical(back.toJS()) !== canonical(this.expected)) throw new EditError("edit-readback");
    return out;
  }

  private insertIntoMap(map: YAMLMap, path: Path, entries: Record<string, unknown>): void {
    const removed = this.removals.get(map);
    const remaining = map.items.filter((p) => !removed?.has(p));
    if (map.flow) {
      const inline = flowText(entries).replace(/^\{\s*|\s*\}$/g, "");
      const last = remaining.at(-1);
      if (last) this.splice(contentEnd(last), contentEnd(last), `, ${inline}`);
      else if (map.items.length) this.splice((map.items[0].key as Node).range![0], (map.items[0].key as Node).range![0], inline); // where the removed first pair was
      else this.splice(map.range![0] + 1, map.range![0] + 1, ` ${inline} `);
      return;
    }
    if (!map.items.length) throw new EditError("edit-cannot-place", path);
    const column = this.source.column((map.items[0].key as Node).range![0]);
    const order = this.orders.get(path.join("\u0000"));
    const rank = (key: unknown) => (order ? order.indexOf(String(key)) : -1);
    const atEnd: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entries)) {
      // Before the first key that comes later in the order, when there is one.
      const next = rank(key) < 0 ? undefined : remaining.find((p) => isScalar(p.key) && rank(p.key.value) > rank(key));
      if (next) this.insertLines(this.source.lineStart((next.key as Node).range![0]), stringify({ [key]: value }, { lineWidth: 0 }), column, path.length);
      else atEnd[key] = value;
    }
    if (Object.keys(atEnd).length) this.insertLines(this.endOfBlock(map, column), stringify(atEnd, { lineWidth: 0 }), column, path.length);
  }

  /** Where a new last entry of a block collection goes: after its content and the comments indented under it. */
  private endOfBlock(node: YAMLMap | YAMLSeq, column: number): number {
    return this.source.afterTrailingComments(this.source.lineEnd(contentEnd(node)), column);
  }

  /**
   * Removes the given pairs or items, a run of neighbours at a time, so that the cuts never overlap:
   * their lines in a block (the dash of a `- key: value` item stays, the next pair moves up to it),
   * the entries and the commas between them in `{ … }` and `[ … ]`.
   */
  private removeRuns(collection: YAMLMap | YAMLSeq, removed: Set<unknown>): void {
    const items = collection.items as (Pair | Node)[];
    const own = (item: Pair | Node) => (isPair(item) ? (item.key as Node) : item).range![0];
    // A block sequence item starts at its dash
    const start = (item: Pair | Node) => (collection.flow || isPair(item) ? own(item) : this.text.lastIndexOf("-", own(item)));
    if (!collection.flow && removed.size === items.length && !this.additions.has(collection as YAMLMap))
      throw new EditError("edit-cannot-place"); // an empty block reads as null
    for (let i = 0; i < items.length; i++) {
      if (!removed.has(items[i])) continue;
      let last = i;
      while (last + 1 < items.length && removed.has(items[last + 1])) last++;
      const next = items[last + 1];
      if (collection.flow) {
        if (i > 0) this.splice(contentEnd(items[i - 1]), contentEnd(items[last]), "");
        else this.splice(start(items[i]), next ? start(next) : contentEnd(items[last]), "");
      } else {
        const first = start(items[i]);
        const lineStart = this.source.lineStart(first);
        if (this.text.slice(lineStart, first).trim() === "") {
          const end = this.source.lineEnd(contentEnd(items[last]));
          this.splice(lineStart, this.source.afterTrailingComments(end, this.source.column(first) + 1), "");
        } else if (next) this.splice(first, start(next), ""); // the first pair of a `- key: value` item
        else throw new EditError("edit-cannot-place");
      }
      i = last;
    }
  }

  private deepestMap(path: Path): [YAMLMap, Path, Path] {
    for (let i = path.length - 1; i >= 0; i--) {
      const node = i === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, i), true);
      if (isMap(node)) return [node, path.slice(0, i), path.slice(i)];
      if (node !== undefined) break;
    }
    throw new EditError("edit-cannot-place", path);
  }

  /** Whether the node at `path` sits inside a `{ … }` or `[ … ]`, where `,` `[` `]` `{` `}` need quoting. */
  private inFlow(path: Path): boolean {
    for (let i = 0; i < path.length; i++) {
      const node = i === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, i), true);
      if (isCollection(node) && node.flow) return true;
    }
    return false;
  }

  private insertLines(at: number, yaml: string, indent: number, depth: number): void {
    this.splice(at, at, this.source.indentedLines(yaml, indent), depth);
  }

  private splice(start: number, end: number, text: string, depth?: number): void {
    this.splices.push({ start, end, text, depth });
  }

  /**
   * Applies the splices in text order. At one position insertions come before a removal that starts
   * there, deeper lines before shallower ones, and otherwise in the order they were made in.
   */
  private applySplices(): string {
    const order = this.splices
      .map((s, i) => ({ ...s, i }))
      .sort(
        (a, b) =>
          a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || (b.depth ?? 0) - (a.depth ?? 0) || a.i - b.i,
      );
    let out = "";
    let cursor = 0;
    for (const s of order) {
      if (s.start < cursor) throw new EditError("edit-cannot-place");
      out += this.text.slice(cursor, s.start);
      // Lines go in at a line start; only the last line of a file may lack its line break
      if (s.depth !== undefined && out && !out.endsWith("\n")) out += this.source.newline;
      out += s.text;
      cursor = s.end;
    }
    return out + this.text.slice(cursor);
  }
}

const isObjectLike = (v: unknown) => typeof v === "object" && v !== null;

/** The end of a node's own text: its last scalar or `[…]`/`{…}`, never the comments after it. */
function contentEnd(node: Node | Pair): number {
  if (isPair(node)) {
    const key = contentEnd(node.key as Node);
    const value = node.value as Node | null;
    // `key:` with no value: the empty scalar sits at the end of the key's line
    return value && !(isScalar(value) && value.range![0] === value.range![1]) ? Math.max(key, contentEnd(value)) : key;
  }
  if (isCollection(node) && !node.flow && node.items.length) return contentEnd(node.items.at(-1) as Node | Pair);
  return node.range![1];
}

/** A scalar as written after `key: `, quoted when plain text would read back as something else. */
function scalarText(value: unknown, flow: boolean, path: Path): string {
  const text = flow
    ? stringify([value], { collectionStyle: "flow", flowCollectionPadding: false, lineWidth: 0 }).trim().slice(1, -1)
    : stringify(value, { lineWidth: 0 }).trimEnd();
  if (text.includes("\n")) throw new EditError("edit-cannot-place", path);
  return text;
}

function flowText(value: unknown): string {
  return stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trim();
}
