import type { Span } from "./rich-text.js";
import type { StyleName } from "./templates.js";

/** One paragraph of an official document, in a named style of the profile. */
export interface Para {
  style: StyleName;
  spans: Span[];
  /** Draw a short solid line under this paragraph, centred, this share (%) of its text's length (HD36's heading rule: 100). */
  ruleBelow?: number;
  /** The lines the rule is measured on, when it closes a block of several (a summary over two lines): the longest one. */
  ruleAcross?: string[];
}

/** A real table in the body (the report's figures): a header row, then rows of cells, each column its share of the text width. */
export interface TableBlock {
  table: {
    columns: { header: string; widthPercent: number; align: "left" | "center" }[];
    rows: string[][];
    /** Rows set in bold (a total). */
    boldRows?: number[];
  };
}

export type Block = Para | TableBlock;

export const isTable = (block: Block): block is TableBlock => "table" in block;

/**
 * An official document before layout: the header table, the title block, the body, and the
 * signature table. Built by pure code from the plan; the DOCX writer only lays it out.
 */
export interface DocumentModel {
  title: string;
  /** The issuing body, the document's author in its metadata. */
  author: string;
  /** Pinned into the file's metadata so that the same input gives the same bytes. */
  date: string;
  header: FormalHeader;
  titleBlock: Para[];
  body: Block[];
  signatureLeft: Para[];
  signatureRight: Para[];
}

/**
 * The borderless header table: the issuer's lines and the heading (Party heading, or the national
 * name and motto) side by side, and below them the number (with a letter's "V/v …" under it) and
 * the date, which share one baseline (HD36, ND30, as in signed documents).
 */
export interface FormalHeader {
  issuer: Para[];
  heading: Para[];
  number: Para[];
  date: Para;
}

/** A block's text as read: a paragraph's spans joined, a table's cells row by row. */
export const textOf = (block: Block): string =>
  isTable(block) ? [block.table.columns.map((c) => c.header), ...block.table.rows].map((row) => row.join(" | ")).join("\n") : block.spans.map((s) => s.text).join("");
