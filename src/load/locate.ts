import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from "yaml";
import type { DataPath, Position } from "../findings.js";

export type { Position };

/**
 * Finds where a data path sits in the YAML text. A scalar is reported at its value, a block at
 * its key (the line a clerk reads as "this field"); a path that does not exist stops at the
 * deepest part that does, so a missing field points at its parent.
 */
export function locate(doc: Document, lines: LineCounter, path: DataPath, atKey = false): Position {
  let node: unknown = doc.contents;
  let keyNode: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      keyNode = null;
      node = item;
    } else break;
  }
  const valueRange = !atKey && (isScalar(node) || isAlias(node)) ? (node as Node).range : undefined;
  const offset = valueRange?.[0] ?? keyNode?.range?.[0] ?? (node as Node | null)?.range?.[0] ?? 0;
  return positionOf(lines, offset);
}

const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * Each block's fields by name, built once: every finding is located from the root, and a
 * search through a block of 60,000 unknown fields per finding made validation quadratic.
 */
function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items as Pair[]) {
      const name = isScalar(pair.key) ? String(pair.key.value ?? "") : String(pair.key);
      if (!index.has(name)) index.set(name, pair);
    }
    indexes.set(map, index);
  }
  return index;
}

export function positionOf(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
