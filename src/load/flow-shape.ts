import type { IssueCode, Params } from "../findings.js";
import { MAX_NESTING } from "./yaml-restrictions.js";

/** A shape no plan has, found before the parser runs: where its limit is crossed. */
export interface ShapeProblem {
  offset: number;
  code: IssueCode;
  params: Params;
  /** For brackets open too deep: where the outermost of them opened. */
  outermost?: number;
}

/**
 * Brackets open at once: a plan's deepest field sits 19 levels down (yaml-restrictions.ts), so
 * more open brackets than the nesting any finding is reported for are no plan — they are
 * brackets left unclosed, line after line, or nesting built to exhaust the parser.
 */
export const MAX_FLOW_DEPTH = MAX_NESTING;

/**
 * A plan written entirely inside brackets (JSON is YAML too) takes 26–60 bytes per item (the
 * examples; the bench's 4,500-task plan: 30), and one of terse tasks ("Việc 12.") 14: at the 2 MiB
 * size limit, 81,000 items at the examples' density and 150,000 at the tersest (both tested). The
 * limit is beyond both, and a file of one-letter items reaches it at 400 KB, before the parser
 * spends seconds on them.
 */
export const MAX_FLOW_ITEMS = 200_000;

const NL = 10, CR = 13, SPACE = 32, TAB = 9;
const isBlank = (c: number) => c === SPACE || c === TAB || c === CR || c === NL || Number.isNaN(c);

/**
 * Lists opened on one line (`- - - a`) nest like brackets; more of them than any nesting a finding
 * is reported for are refused too, as too deep.
 *
 * One pass over the text, reading just enough YAML to know where brackets are brackets: inside a
 * `[…]`/`{…}` (flow), or where a block value starts (after `key: `, `- `, at a line's start);
 * skipping quoted texts, comments and block texts (`|`, `>`). A bracket inside a plain text of a
 * block (`text: xem [1]`) is only a letter. An item is counted at each comma and each opening
 * bracket in flow. Where the reading is unsure (a plain text continued on the next line), it can
 * only misjudge a few brackets, far below either limit.
 */
export function flowShapeProblem(text: string): ShapeProblem | undefined {
  const n = text.length;
  const open: number[] = [];
  let items = 0;
  let problem: ShapeProblem | undefined;

  const lineEnd = (i: number) => {
    const at = text.indexOf("\n", i);
    return at < 0 ? n : at;
  };
  const afterQuoted = (i: number): number => {
    const quote = text.charCodeAt(i);
    for (let j = i + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (quote === 34 /* " */ && c === 92 /* \ */) j++;
      else if (c === quote) {
        if (quote === 39 /* ' */ && text.charCodeAt(j + 1) === 39) j++;
        else return j + 1;
      }
    }
    return n;
  };
  /** From an opening bracket to just after the bracket that closes it (or the end of the text). */
  const afterFlow = (i: number): number => {
    let tokenStart = true;
    for (let k = i; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c === 91 /* [ */ || c === 123 /* { */) {
        open.push(k);
        items++;
        if (open.length > MAX_FLOW_DEPTH) return stop({ offset: k, code: "yaml-flow-too-deep", params: { depth: open.length, limit: MAX_FLOW_DEPTH }, outermost: open[0] });
        if (items > MAX_FLOW_ITEMS) return stop(tooMany(k));
        tokenStart = true;
      } else if (c === 93 /* ] */ || c === 125 /* } */) {
        open.pop();
        if (!open.length) return k + 1;
        tokenStart = false;
      } else if (c === 44 /* , */) {
        if (++items > MAX_FLOW_ITEMS) return stop(tooMany(k));
        tokenStart = true;
      } else if (c === 58 /* : */) tokenStart = true;
      else if ((c === 34 || c === 39) && tokenStart) {
        k = afterQuoted(k) - 1;
        tokenStart = false;
      } else if (c === 35 /* # */ && isBlank(text.charCodeAt(k - 1))) k = lineEnd(k) - 1;
      else if (!isBlank(c)) tokenStart = false;
    }
    return n;
  };
  const tooMany = (offset: number): ShapeProblem => ({ offset, code: "yaml-flow-too-many-items", params: { limit: MAX_FLOW_ITEMS } });
  const stop = (found: ShapeProblem) => ((problem = found), n);

  /** One line of a block from its first letter; returns where the next line starts. */
  const blockLine = (start: number): { next: number; blockText: boolean } => {
    let valueStart = true;
    let indicators = 0; // "- " and "? " opening a block inside a block on this one line
    let k = start;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === NL) return { next: k + 1, blockText: false };
      if (isBlank(c)) {
        k++;
        continue;
      }
      if (valueStart) {
        if ((c === 45 /* - */ || c === 63 /* ? */ || c === 58 /* : */) && isBlank(text.charCodeAt(k + 1))) {
          if (c !== 58 && ++indicators > MAX_NESTING) return { next: stop({ offset: k, code: "yaml-too-deep", params: {} }), blockText: false };
          k++;
          continue;
        }
        if (c === 38 /* & */ || c === 33 /* ! */) {
          while (k < n && !isBlank(text.charCodeAt(k))) k++;
          continue;
        }
        valueStart = false;
        if (c === 91 || c === 123) {
          k = afterFlow(k);
          continue;
        }
        if (c === 34 || c === 39) {
          k = afterQuoted(k);
          continue;
        }
        if (c === 124 /* | */ || c === 62 /* > */) return { next: lineEnd(k) + 1, blockText: true };
      }
      if (c === 35 /* # */ && (k === start || isBlank(text.charCodeAt(k - 1)))) return { next: lineEnd(k) + 1, blockText: false };
      if (c === 58 && isBlank(text.charCodeAt(k + 1))) valueStart = true;
      k++;
    }
    return { next: n, blockText: false };
  };

  let blockTextParent = -1; // the indentation of the line a block text (| or >) belongs to
  for (let i = 0; i < n && !problem; ) {
    let first = i;
    while (text.charCodeAt(first) === SPACE) first++;
    const indent = first - i;
    if (blockTextParent >= 0) {
      const c = text.charCodeAt(first);
      if (c === NL || c === CR || first >= n || indent > blockTextParent) {
        i = lineEnd(first) + 1;
        continue;
      }
      blockTextParent = -1;
    }
    const line = blockLine(first);
    if (line.blockText) blockTextParent = indent;
    i = line.next;
  }
  return problem;
}
