import { isCollection, isMap, isScalar, visit, type Document, type Node } from "yaml";
import type { IssueCode } from "../findings.js";

/** A YAML feature a plan may not use, at an offset in the text. */
export interface Restricted {
  offset: number;
  code: IssueCode;
  params?: Record<string, string>;
}

/**
 * What a plan's YAML may not use, found in one walk of the tree: aliases and anchors (an anchor
 * alone is harmless but the README forbids both, and it invites the alias), tags, keys that are
 * lists or blocks, a key given twice in one block, and nesting far deeper than a plan's. Each
 * check costs constant time per node, so the walk stays linear however large the file.
 */
export function restrictedYaml(doc: Document, text: string): Restricted[] {
  const found: Restricted[] = [];
  visit(doc, {
    Alias: (_, node) => void found.push({ offset: node.range?.[0] ?? 0, code: "yaml-alias" }),
    Node: (_, node, ancestors) => {
      if (ancestors.length > MAX_NESTING) {
        found.push({ offset: node.range?.[0] ?? 0, code: "yaml-too-deep" });
        return visit.SKIP;
      }
      if (node.anchor) found.push({ offset: anchorOffset(text, node), code: "yaml-alias" });
      if ((isScalar(node) || isCollection(node)) && node.tag) found.push({ offset: node.range?.[0] ?? 0, code: "yaml-unknown-tag", params: { tag: node.tag } });
      if (isMap(node)) found.push(...keyProblems(node.items));
    },
  });
  return found;
}

/**
 * The deepest field of a plan (a note of a sub-item's progress for one session) sits 19 nodes
 * down, and sub-items nested a few levels too deep still get their own finding; far deeper is no
 * plan, and every later check would walk the whole depth for every value.
 */
export const MAX_NESTING = 32;

/**
 * The data a plan becomes has text keys, so two keys that read the same (`1` and `"1"`) are the
 * same field. A set per block replaces the parser's own check, which compares every key with
 * every earlier one (100,000 keys took minutes).
 */
function keyProblems(pairs: readonly { key: unknown }[]): Restricted[] {
  const problems: Restricted[] = [];
  const seen = new Set<string>();
  for (const { key } of pairs) {
    if (isCollection(key)) {
      problems.push({ offset: key.range?.[0] ?? 0, code: "yaml-complex-key" });
      continue;
    }
    if (!isScalar(key)) continue; // an alias key is reported as an alias
    const name = key.value === null ? "" : String(key.value);
    if (seen.has(name)) problems.push({ offset: key.range?.[0] ?? 0, code: "duplicate-key", params: { key: name } });
    seen.add(name);
  }
  return problems;
}

/** The parser keeps an anchor's name but not its place: it is the nearest `&name` before the node. */
function anchorOffset(text: string, node: Node): number {
  const start = node.range?.[0] ?? 0;
  const at = text.lastIndexOf(`&${node.anchor}`, start);
  return at < 0 ? start : at;
}
