import { Document, LineCounter, parseDocument, type ErrorCode, type YAMLError } from "yaml";
import type { Issue, IssueCode, Params } from "../findings.js";
import { flowShapeProblem, type ShapeProblem } from "./flow-shape.js";
import { positionOf, type Position } from "./locate.js";
import { mendMistakes, type Judge } from "./yaml-mistakes.js";
import { restrictedYaml } from "./yaml-restrictions.js";

export interface ParsedPlan {
  text: string;
  doc: Document;
  lines: LineCounter;
  /** The plain data, or undefined when the YAML itself is broken. */
  data: unknown;
  /** Problems of the YAML text itself, already placed. */
  syntax: (Issue & Position)[];
}

/** Every code of the parser's errors, worded in the catalogue; MISSING_CHAR is refined by describe. */
const SYNTAX_CODES: Readonly<Record<ErrorCode, IssueCode>> = {
  ALIAS_PROPS: "yaml-alias",
  BAD_ALIAS: "yaml-alias",
  MULTIPLE_ANCHORS: "yaml-alias",
  BAD_DIRECTIVE: "yaml-version",
  BAD_DQ_ESCAPE: "yaml-bad-escape",
  BAD_INDENT: "yaml-bad-indent",
  BAD_PROP_ORDER: "yaml-unknown-tag",
  MULTIPLE_TAGS: "yaml-unknown-tag",
  TAG_RESOLVE_FAILED: "yaml-unknown-tag",
  BAD_SCALAR_START: "yaml-bad-start",
  BLOCK_AS_IMPLICIT_KEY: "yaml-bad-indent",
  MULTILINE_IMPLICIT_KEY: "yaml-bad-indent",
  BLOCK_IN_FLOW: "yaml-block-in-flow",
  DUPLICATE_KEY: "duplicate-key",
  IMPOSSIBLE: "yaml-syntax",
  KEY_OVER_1024_CHARS: "yaml-long-key",
  MISSING_CHAR: "yaml-syntax",
  MULTIPLE_DOCS: "yaml-multiple-documents",
  NON_STRING_KEY: "yaml-complex-key",
  // The parser's own stack ran out: nesting thousands deep.
  RESOURCE_EXHAUSTION: "yaml-too-deep",
  TAB_AS_INDENT: "yaml-tab-indent",
  UNEXPECTED_TOKEN: "yaml-syntax",
  BAD_COLLECTION_TYPE: "yaml-syntax",
};

/**
 * Parses plan text as one YAML 1.2 document with no anchors, aliases, tags or complex keys, keeping
 * source positions. Duplicate keys are found by restrictedYaml, in linear time.
 */
export function parsePlan(text: string, judge?: Judge): ParsedPlan {
  const shape = flowShapeProblem(text);
  if (shape) return refusedShape(text, shape);
  const lines = new LineCounter();
  const doc = parseYaml(text, lines);
  const syntax: (Issue & Position)[] = [];
  const seenLines = new Set<number>();
  const add = (at: Position, code: IssueCode, params: Params = {}) => {
    if (seenLines.has(at.line)) return; // one broken line often yields several parser errors
    seenLines.add(at.line);
    syntax.push({ code, severity: "error", path: [], params, ...at });
  };

  // The text the parser's own findings come from: the file, or a copy with each usual slip mended.
  let read = { text, doc, lines };
  // Nesting that ran the parser out of stack is no slip to mend: parsing it again would only repeat that.
  const exhausted = doc.errors.some((error) => error.code === "RESOURCE_EXHAUSTION");
  if ((doc.errors.length && !exhausted) || CONFLICT_MARKER.test(text)) {
    const mended = mendMistakes(text, exhausted ? Infinity : doc.errors.length, judge);
    for (const mistake of mended.mistakes) add({ line: mistake.line, column: mistake.column }, mistake.code, mistake.params);
    if (mended.mistakes.length) {
      const mendedLines = new LineCounter();
      read = { text: mended.text, doc: parseYaml(mended.text, mendedLines), lines: mendedLines };
    }
    parserErrors(read.doc.errors, read.text, read.lines, add, seenLines);
  }
  if (doc.directives?.yaml.explicit) add(positionOf(lines, 0), "yaml-version");
  for (const problem of restrictedYaml(read.doc, read.text)) add(positionOf(read.lines, problem.offset), problem.code, problem.params);
  syntax.sort((a, b) => a.line - b.line || a.column - b.column);

  const data = syntax.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined;
  return { text, doc, lines, data, syntax };
}

/** A text whose brackets no plan has: that one finding, and the parser never runs on it. */
function refusedShape(text: string, shape: ShapeProblem): ParsedPlan {
  const lines = new LineCounter();
  for (let at = 0; at >= 0; at = text.indexOf("\n", at) + 1 || -1) lines.addNewLine(at);
  const params = shape.outermost === undefined ? shape.params : { ...shape.params, outermostLine: positionOf(lines, shape.outermost).line };
  return { text, doc: new Document(null), lines, data: undefined, syntax: [{ code: shape.code, severity: "error", path: [], params, ...positionOf(lines, shape.offset) }] };
}

/** A git conflict marker at the start of a line: the file is looked at closely even if it parses. */
const CONFLICT_MARKER = /^<{7}(?: |\r?$)/m;

function parseYaml(text: string, lines: LineCounter): Document {
  // The parser makes an Error per problem, and capturing each one's stack cost 2 s for 100,000
  // tags; its problems become findings, and their stacks are never shown.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseDocument(text, { lineCounter: lines, prettyErrors: false, version: "1.2", resolveKnownTags: false, uniqueKeys: false });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** The parser's own errors, each as a finding worded in the catalogue (never the parser's English). */
function parserErrors(errors: readonly YAMLError[], text: string, lines: LineCounter, add: (at: Position, code: IssueCode, params?: Params) => void, seenLines: Set<number>): void {
  const openings = unclosedBrackets(errors, text);
  for (const error of errors) {
    const opening = openings.get(error);
    if (opening !== undefined) add(positionOf(lines, opening), "yaml-unclosed-bracket", { bracket: text[opening] });
    else if (MISALIGNED.has(error.code)) {
      const next = text.indexOf("\n", error.pos[0]) + 1;
      // Right after another problem (a tab, say) this is its echo, not a second mistake.
      if (!seenLines.has(positionOf(lines, next).line - 1)) add(positionOf(lines, next), "yaml-bad-indent");
    } else add(positionOf(lines, error.pos[0]), ...describe(error));
  }
}

/**
 * A line indented deeper than its siblings makes the parser read the line above as a key spanning
 * two lines; the clerk's mistake is the indentation of the line below.
 */
const MISALIGNED = new Set(["BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY"]);

/**
 * The parser notices an unclosed `[`/`{` only lines later; the clerk's mistake is at the bracket:
 * the nearest one before the error that nothing closes. One pass over the text answers every
 * such error (a backward search per error took seconds for hundreds of nested brackets).
 */
function unclosedBrackets(errors: readonly YAMLError[], text: string): Map<YAMLError, number> {
  const found = new Map<YAMLError, number>();
  const unclosed = errors
    .filter((error) => /end with a [\]}]/.test(error.message))
    .map((error) => ({ error, at: Math.min(error.pos[0], text.length) }))
    .sort((a, b) => a.at - b.at);
  const open: number[] = [];
  let i = 0;
  for (const { error, at } of unclosed) {
    for (; i < at; i++) {
      const ch = text[i];
      if (ch === "[" || ch === "{") open.push(i);
      else if (ch === "]" || ch === "}") open.pop();
    }
    if (open.length) found.set(error, open[open.length - 1]);
  }
  return found;
}

function describe(error: YAMLError): [IssueCode, Params] {
  if (error.code === "MISSING_CHAR") {
    const refined = MISSING_CHAR_KINDS.find(([pattern]) => pattern.test(error.message));
    return [refined?.[1] ?? "yaml-syntax", {}];
  }
  const code = SYNTAX_CODES[error.code];
  if (code === "yaml-unknown-tag") return [code, { tag: /![^\s,]*/.exec(error.message)?.[0] ?? "!" }];
  return [code, {}];
}

/** The parser's MISSING_CHAR covers several slips; its message (never shown) tells which. */
const MISSING_CHAR_KINDS: readonly [RegExp, IssueCode][] = [
  [/closing "quote/, "yaml-unclosed-quote"],
  [/closing 'quote/, "yaml-unclosed-quote"],
  [/Implicit map keys need to be followed/, "yaml-missing-colon"],
  [/Sequence item without - indicator/, "yaml-bad-indent"],
  [/Missing , /, "yaml-flow-comma"],
  [/Missing space after :/, "yaml-flow-comma"],
  [/Comments must be separated/, "yaml-comment-space"],
  [/white space/, "yaml-syntax"],
  [/directives-end|doc-start/, "yaml-multiple-documents"],
];
