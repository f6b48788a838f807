import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { DataPath } from "../findings.js";

export interface Position {
  line: number;
  column: number;
}

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
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) == segment);
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

export function positionOf(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
