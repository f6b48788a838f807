import { LineCounter, isCollection, isScalar, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { Issue } from "../findings.js";
import type { MessageKey } from "../i18n/messages.js";
import { positionOf, type Position } from "./locate.js";

export interface ParsedPlan {
  text: string;
  doc: Document;
  lines: LineCounter;
  /** The plain data, or undefined when the YAML itself is broken. */
  data: unknown;
  /** Problems of the YAML text itself, already placed. */
  syntax: (Issue & Position)[];
}

const SYNTAX_CODES: Partial<Record<string, MessageKey>> = {
  TAB_AS_INDENT: "yaml-tab-indent",
  BAD_INDENT: "yaml-bad-indent",
  DUPLICATE_KEY: "duplicate-key",
  MULTIPLE_DOCS: "yaml-multiple-documents",
};

/** Parses plan text as one YAML 1.2 document with no aliases or tags, keeping source positions. */
export function parsePlan(text: string): ParsedPlan {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    version: "1.2",
    resolveKnownTags: false,
    uniqueKeys: true,
  });
  const syntax: (Issue & Position)[] = [];
  const seenLines = new Set<number>();
  const add = (offset: number, code: MessageKey, params: Record<string, string> = {}) => {
    const at = positionOf(lines, offset);
    if (seenLines.has(at.line)) return; // one broken line often yields several parser errors
    seenLines.add(at.line);
    syntax.push({ code, severity: "error", path: [], params, ...at });
  };

  for (const error of doc.errors) {
    const opening = unclosedBracket(error, text);
    if (opening !== undefined) add(opening, "yaml-unclosed-bracket", { bracket: text[opening] });
    else if (MISALIGNED.has(error.code)) {
      const next = text.indexOf("\n", error.pos[0]) + 1;
      // Right after another problem (a tab, say) this is its echo, not a second mistake.
      if (!seenLines.has(positionOf(lines, next).line - 1)) add(next, "yaml-bad-indent");
    }
    else add(error.pos[0], ...describe(error, text));
  }
  if (doc.directives?.yaml.explicit) add(0, "yaml-version");
  visit(doc, {
    Alias: (_, node) => add(node.range?.[0] ?? 0, "yaml-alias"),
    Node: (_, node) => {
      if ((isScalar(node) || isCollection(node)) && node.tag) add(node.range?.[0] ?? 0, "yaml-unknown-tag", { tag: node.tag });
    },
  });

  const data = syntax.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined;
  return { text, doc, lines, data, syntax };
}

/**
 * A line indented deeper than its siblings makes the parser read the line above as a key spanning
 * two lines; the clerk's mistake is the indentation of the line below.
 */
const MISALIGNED = new Set(["BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY"]);

/** The parser notices an unclosed `[`/`{` only lines later; the clerk's mistake is at the bracket. */
function unclosedBracket(error: YAMLError, text: string): number | undefined {
  if (!/end with a [\]}]/.test(error.message)) return undefined;
  let depth = 0;
  for (let i = Math.min(error.pos[0], text.length) - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === "]" || ch === "}") depth++;
    else if (ch === "[" || ch === "{") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

function describe(error: YAMLError, text: string): [MessageKey, Record<string, string>] {
  const code = SYNTAX_CODES[error.code] ?? "yaml-syntax";
  if (code === "duplicate-key") {
    const key = text.slice(error.pos[0]).split(/:(\s|$)/)[0].trim();
    return [code, { key }];
  }
  return [code, { detail: error.message.split("\n")[0] }];
}
