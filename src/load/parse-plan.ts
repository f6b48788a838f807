import { LineCounter, parseDocument, type Document, type YAMLError } from "yaml";
import type { Issue, IssueCode } from "../findings.js";
import { positionOf, type Position } from "./locate.js";
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

const SYNTAX_CODES: Partial<Record<string, IssueCode>> = {
  TAB_AS_INDENT: "yaml-tab-indent",
  BAD_INDENT: "yaml-bad-indent",
  MULTIPLE_DOCS: "yaml-multiple-documents",
  // The parser's own stack ran out: nesting thousands deep.
  RESOURCE_EXHAUSTION: "yaml-too-deep",
};

/**
 * Parses plan text as one YAML 1.2 document with no anchors, aliases, tags or complex keys, keeping
 * source positions. Duplicate keys are found by restrictedYaml, in linear time.
 */
export function parsePlan(text: string): ParsedPlan {
  const lines = new LineCounter();
  // The parser makes an Error per problem, and capturing each one's stack cost 2 s for 100,000
  // tags; its problems become findings, and their stacks are never shown.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, version: "1.2", resolveKnownTags: false, uniqueKeys: false });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const syntax: (Issue & Position)[] = [];
  const seenLines = new Set<number>();
  const add = (offset: number, code: IssueCode, params: Record<string, string> = {}) => {
    const at = positionOf(lines, offset);
    if (seenLines.has(at.line)) return; // one broken line often yields several parser errors
    seenLines.add(at.line);
    syntax.push({ code, severity: "error", path: [], params, ...at });
  };

  const openings = unclosedBrackets(doc.errors, text);
  for (const error of doc.errors) {
    const opening = openings.get(error);
    if (opening !== undefined) add(opening, "yaml-unclosed-bracket", { bracket: text[opening] });
    else if (MISALIGNED.has(error.code)) {
      const next = text.indexOf("\n", error.pos[0]) + 1;
      // Right after another problem (a tab, say) this is its echo, not a second mistake.
      if (!seenLines.has(positionOf(lines, next).line - 1)) add(next, "yaml-bad-indent");
    }
    else add(error.pos[0], ...describe(error));
  }
  if (doc.directives?.yaml.explicit) add(0, "yaml-version");
  for (const problem of restrictedYaml(doc, text)) add(problem.offset, problem.code, problem.params);
  syntax.sort((a, b) => a.line - b.line || a.column - b.column);

  const data = syntax.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined;
  return { text, doc, lines, data, syntax };
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

function describe(error: YAMLError): [IssueCode, Record<string, string>] {
  const code = SYNTAX_CODES[error.code];
  return code ? [code, {}] : ["yaml-syntax", { detail: error.message.split("\n")[0] }];
}
