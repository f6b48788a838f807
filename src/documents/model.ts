import type { Span } from "./rich-text.js";
import type { StyleName } from "../documents/templates.js";

/** One paragraph of an official document, in a named style of the profile. */
export interface Para {
  style: StyleName;
  spans: Span[];
  /** Draw the profile's heading rule (a short solid line) under this paragraph, as long as its text. */
  ruleBelow?: boolean;
}

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
  body: Para[];
  signatureLeft: Para[];
  signatureRight: Para[];
}

/**
 * The borderless header table: the issuer's lines and the Party heading side by side, and below
 * them the number and the date, which share one baseline (HD36, as in signed documents).
 */
export interface FormalHeader {
  issuer: Para[];
  heading: Para[];
  number: Para;
  date: Para;
}
