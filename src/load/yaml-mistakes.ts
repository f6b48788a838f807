import { parseDocument, type Document, type YAMLError } from "yaml";
import type { IssueCode, Params } from "../findings.js";

/** A clerk's mistake in the YAML text, found at its line (1-based) and column (1-based). */
export interface Mistake {
  line: number;
  column: number;
  code: IssueCode;
  params: Params;
}

/**
 * How far data read from a mended text is from a plan (the number of the schema's findings):
 * among moves of a line that all leave valid YAML, the one that makes a plan wins.
 */
export type Judge = (data: unknown) => number;

/** Broken text with each found mistake mended, line for line, so the parser can look for the next one. */
export interface Mended {
  mistakes: Mistake[];
  /** The text with the mistakes mended; same number of lines as the original. */
  text: string;
}

/**
 * The parser reports a mistake where it gets lost, often lines later and several times over (a tab
 * gave five findings, one in English). These are the usual slips of a clerk, each recognised at
 * its own line and then mended in a copy of the text, so that one mistake gives one finding and the
 * parser, run again, reports only what is left: an unresolved git merge, tabs in the indentation, a
 * value holding ": " that needs quotes, one line indented wrongly. A mend is kept only when the
 * parser then finds fewer errors, so a guess never invents a mistake.
 */
export function mendMistakes(text: string, parserErrors: number, judge?: Judge): Mended {
  const budget = { bytes: parserErrors > MAX_PARSER_ERRORS ? 0 : MEND_BUDGET_BYTES };
  const lines = text.split("\n");
  const mistakes: Mistake[] = [...mendConflicts(lines)];
  let errors = mistakes.length ? countErrors(lines, budget) : parserErrors;
  if (errors && budget.bytes > 0) errors = mendTabs(lines, errors, mistakes, budget);
  if (errors && budget.bytes > 0) errors = mendColons(lines, errors, mistakes, budget);
  for (let round = 0; errors && round < MAX_INDENT_MENDS && budget.bytes > 0; round++) {
    const mended = mendIndent(lines, errors, mistakes, budget, judge);
    if (mended === undefined) break;
    errors = mended;
  }
  return { mistakes, text: lines.join("\n") };
}

/**
 * Each mend parses the text again. A plan is some 20 KB (15 ms a parse): 2 MiB of reparsing is a
 * hundred tries for it, and two for a file of the largest size, so a file built to be broken
 * costs a second more, not minutes. A file the parser finds hundreds of errors in is no slip of
 * the hand: the parser's findings are shown as they are.
 */
const MEND_BUDGET_BYTES = 2 * 1024 * 1024;
const MAX_PARSER_ERRORS = 100;
/** Wrongly indented lines looked for one by one; more than this, and the parser's own findings follow. */
const MAX_INDENT_MENDS = 8;

interface Parsed {
  count: number;
  errors: readonly YAMLError[];
  doc: Document;
}

function parseErrors(lines: readonly string[], budget: { bytes: number }): Parsed {
  const text = lines.join("\n");
  budget.bytes -= text.length;
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const doc = parseDocument(text, { prettyErrors: false, version: "1.2", resolveKnownTags: false, uniqueKeys: false });
    return { count: doc.errors.length, errors: doc.errors, doc };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

const countErrors = (lines: readonly string[], budget: { bytes: number }) => parseErrors(lines, budget).count;

// git's conflict markers, at the start of a line, seven characters, then a space and a name or nothing.
const OURS = /^<{7}(?: |$)/;
const BASE = /^\|{7}(?: |$)/;
const THEIRS = /^={7}\s*$/;
const END = /^>{7}(?: |$)/;

/**
 * An unresolved merge: `<<<<<<<` … `=======` … `>>>>>>>` (with diff3, `|||||||` before `=======`).
 * One mistake per conflict, at its first marker; the mend keeps one side (ours) so the rest of the
 * file is read as it will be once the clerk has chosen.
 */
function mendConflicts(lines: string[]): Mistake[] {
  const found: Mistake[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!OURS.test(lines[i])) continue;
    let middle = -1;
    let end = -1;
    let base = -1;
    for (let j = i + 1; j < lines.length; j++) {
      if (OURS.test(lines[j])) break;
      if (BASE.test(lines[j]) && middle < 0 && base < 0) base = j;
      else if (THEIRS.test(lines[j]) && middle < 0) middle = j;
      else if (END.test(lines[j]) && middle >= 0) {
        end = j;
        break;
      }
    }
    if (end < 0) continue;
    found.push({ line: i + 1, column: 1, code: "merge-conflict", params: { ours: lines[i].slice(8).trim(), theirs: lines[end].slice(8).trim(), end: end + 1 } });
    lines[i] = "";
    for (let j = base >= 0 ? base : middle; j <= end; j++) lines[j] = "";
    i = end;
  }
  return found;
}

const LEADING = /^[ \t]*/;

/**
 * Tabs in the indentation (alone or after spaces). The tab is read as 0, 2, 4 or 8 spaces, whichever
 * the parser then accepts best; one mistake per line.
 */
function mendTabs(lines: string[], errors: number, mistakes: Mistake[], budget: { bytes: number }): number {
  const tabbed = lines.flatMap((line, i) => {
    const lead = LEADING.exec(line)![0];
    const rest = line.slice(lead.length).trim();
    return lead.includes("\t") && rest && !rest.startsWith("#") ? [i] : [];
  });
  if (!tabbed.length) return errors;
  let best: { width: number; errors: number } | undefined;
  for (const width of [2, 4, 8, 0]) {
    if (budget.bytes <= 0) break;
    const trial = lines.slice();
    for (const i of tabbed) trial[i] = expandLead(lines[i], width);
    const count = countErrors(trial, budget);
    if (count < errors && (!best || count < best.errors)) best = { width, errors: count };
  }
  if (!best) return errors;
  for (const i of tabbed) {
    mistakes.push({ line: i + 1, column: lines[i].indexOf("\t") + 1, code: "yaml-tab-indent", params: {} });
    lines[i] = expandLead(lines[i], best.width);
  }
  return best.errors;
}

function expandLead(line: string, width: number): string {
  const lead = LEADING.exec(line)![0];
  return lead.replace(/\t/g, " ".repeat(width)) + line.slice(lead.length);
}

/** `key: value` on one line, the value plain text (no quote, bracket or block sign first). */
const PLAIN_PAIR = /^(\s*(?:- +)?)([^\s#"'{[\]}>|&*!%@`-][^:#]*?):[ \t]+([^\s"'{[&*!|>%@`#][^#]*?)\s*(\r?)$/;

/**
 * A value holding ": " (`theme: Thanh niên: lập nghiệp`, common in administrative text) reads as a
 * field inside a field. Quoted, it is text again: the mistake names the quoted line to copy.
 */
function mendColons(lines: string[], errors: number, mistakes: Mistake[], budget: { bytes: number }): number {
  const candidates: { index: number; quoted: string; column: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = PLAIN_PAIR.exec(lines[i]);
    if (!match || !/: |:$/.test(match[3])) continue;
    const [, lead, key, value, cr] = match;
    const quoted = `${lead}${key}: "${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    candidates.push({ index: i, quoted: quoted + cr, column: lead.length + key.length + 3 });
  }
  for (const candidate of candidates) {
    if (budget.bytes <= 0) break;
    const trial = lines.slice();
    trial[candidate.index] = candidate.quoted;
    const count = countErrors(trial, budget);
    if (count >= errors) continue;
    lines[candidate.index] = candidate.quoted;
    mistakes.push({ line: candidate.index + 1, column: candidate.column, code: "yaml-colon-in-value", params: { quoted: candidate.quoted.trim() } });
    errors = count;
  }
  return errors;
}

/**
 * One line indented wrongly: near the parser's first error, the line that, moved to the column of
 * a line above it (a sibling) or two further (a first child), leaves the fewest errors. Undefined
 * when no such move helps.
 */
function mendIndent(lines: string[], errors: number, mistakes: Mistake[], budget: { bytes: number }, judge?: Judge): number | undefined {
  const { errors: found } = parseErrors(lines, budget);
  const first = [...found].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (!first) return undefined;
  const errorLine = lineAt(lines, first.pos[0]);
  const suspects = [errorLine, nextContent(lines, errorLine), previousContent(lines, errorLine)].filter(
    (i, k, all): i is number => i !== undefined && all.indexOf(i) === k && !mistakes.some((m) => m.line === i + 1),
  );
  // Fewest errors left; among equals, the nearest to a plan, the smallest move, and then the column of the line above.
  let best: { index: number; indent: number; errors: number; rank: number[] } | undefined;
  for (const index of suspects) {
    const current = LEADING.exec(lines[index])![0].length;
    const above = previousContent(lines, index);
    const aboveIndent = above === undefined ? 0 : LEADING.exec(lines[above])![0].length;
    for (const indent of candidateIndents(lines, index)) {
      if (indent === current || budget.bytes <= 0) continue;
      const trial = lines.slice();
      trial[index] = " ".repeat(indent) + lines[index].trimStart();
      const parsed = parseErrors(trial, budget);
      const count = parsed.count;
      const fit = count === 0 && judge ? judge(dataOf(parsed.doc)) : 0;
      const rank = [count, fit, Math.abs(indent - current), indent === aboveIndent ? 0 : 1];
      if (count < errors && (!best || lexicallyLess(rank, best.rank))) best = { index, indent, errors: count, rank };
    }
  }
  if (!best) return undefined;
  const current = LEADING.exec(lines[best.index])![0].length;
  mistakes.push({ line: best.index + 1, column: current + 1, code: "yaml-bad-indent", params: { expected: best.indent, found: current } });
  lines[best.index] = " ".repeat(best.indent) + lines[best.index].trimStart();
  return best.errors;
}

const lexicallyLess = (a: number[], b: number[]) => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] < b[i];
};

/**
 * The columns a line can belong at: a child of the line above (two further, or after its dash),
 * or a sibling of that line or of any block it is in (each line above that is less indented than
 * all between).
 */
function candidateIndents(lines: readonly string[], index: number): number[] {
  const indents = new Set<number>();
  let smallest = Infinity;
  let first = true;
  for (let i = index - 1; i >= 0 && smallest > 0; i--) {
    if (!isContent(lines[i])) continue;
    const lead = LEADING.exec(lines[i])![0].length;
    if (!first && lead >= smallest) continue;
    smallest = Math.min(smallest, lead);
    indents.add(lead);
    // Inside a list item ("- id: x"), its fields line up after the dash.
    const dash = /^\s*- +/.exec(lines[i]);
    if (dash) indents.add(dash[0].length);
    if (first) indents.add(lead + 2);
    first = false;
  }
  return [...indents].sort((a, b) => a - b);
}

function lineAt(lines: readonly string[], offset: number): number {
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    at += lines[i].length + 1;
    if (offset < at) return i;
  }
  return lines.length - 1;
}

const isContent = (line: string | undefined) => line !== undefined && line.trim() !== "" && !line.trimStart().startsWith("#");

function nextContent(lines: readonly string[], from: number): number | undefined {
  for (let i = from + 1; i < lines.length; i++) if (isContent(lines[i])) return i;
  return undefined;
}

function previousContent(lines: readonly string[], from: number): number | undefined {
  for (let i = from - 1; i >= 0; i--) if (isContent(lines[i])) return i;
  return undefined;
}

/** The data of a parsed candidate; a document that uses aliases has none (aliases are refused apart, and resolving them is off). */
function dataOf(doc: { toJS(options: { maxAliasCount: number }): unknown }): unknown {
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch {
    return undefined;
  }
}
