import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dialogue, tempDir } from "./cli.js";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A DOCX read back for assertions: its XML parts and its paragraphs with their formatting. */
export class DocxFile {
  readonly parts: Record<string, Uint8Array>;

  constructor(readonly path: string) {
    this.parts = unzipSync(new Uint8Array(readFileSync(path)));
  }

  xml(part: string): XmlDocument {
    const data = this.parts[part];
    if (!data) throw new Error(`no part ${part} in ${this.path}`);
    return new DOMParser().parseFromString(strFromU8(data), "text/xml");
  }

  get document(): XmlDocument {
    return this.xml("word/document.xml");
  }

  /** Every paragraph of the main document, in order (table cells included), with its text. */
  paragraphs(): Paragraph[] {
    return all(this.document, "p").map((p) => new Paragraph(p));
  }

  texts(): string[] {
    return this.paragraphs().map((p) => p.text);
  }

  /** The first paragraph whose text is exactly `text`. */
  paragraph(text: string): Paragraph {
    const found = this.paragraphs().find((p) => p.text === text);
    if (!found) throw new Error(`no paragraph "${text}"`);
    return found;
  }
}

export class Paragraph {
  constructor(readonly element: Element) {}

  get text(): string {
    return all(this.element, "t").map((t) => t.textContent ?? "").join("");
  }

  runs(): Run[] {
    return all(this.element, "r").filter((r) => all(r, "t").length).map((r) => new Run(r));
  }

  /** An attribute of a paragraph property, e.g. prop("ind", "firstLine"). */
  prop(tag: string, name: string): string | undefined {
    const pPr = all(this.element, "pPr")[0];
    const el = pPr && all(pPr, tag)[0];
    return el?.getAttributeNS(W, name) ?? undefined;
  }

  has(tag: string): boolean {
    const pPr = all(this.element, "pPr")[0];
    return Boolean(pPr && all(pPr, tag).length);
  }

  /** The next paragraph element after this one in document order. */
  next(): Paragraph {
    let node = this.element.nextSibling;
    while (node && (node as Element).localName !== "p") node = node.nextSibling;
    return new Paragraph(node as Element);
  }
}

export class Run {
  constructor(readonly element: Element) {}

  get text(): string {
    return all(this.element, "t").map((t) => t.textContent ?? "").join("");
  }

  private prop(tag: string): Element | undefined {
    const rPr = all(this.element, "rPr")[0];
    return rPr ? all(rPr, tag)[0] : undefined;
  }

  /** Font size in points. */
  get sizePt(): number | undefined {
    const sz = this.prop("sz")?.getAttributeNS(W, "val");
    return sz ? Number(sz) / 2 : undefined;
  }

  get bold(): boolean {
    return on(this.prop("b"));
  }

  get italic(): boolean {
    return on(this.prop("i"));
  }

  get underline(): boolean {
    const u = this.prop("u");
    return Boolean(u) && u!.getAttributeNS(W, "val") !== "none";
  }
}

const on = (el: Element | undefined) => Boolean(el) && !["false", "0"].includes(el!.getAttributeNS(W, "val") ?? "");

export function all(node: XmlDocument | Element, tag: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, tag)) as Element[];
}

/** Renders with the real binary into a fresh folder; every written document, by file name. */
export async function renderDocuments(file: string, ...args: string[]): Promise<Record<string, DocxFile>> {
  const out = tempDir();
  const run = await dialogue(["render", file, "-o", out, ...args]);
  if (run.code !== 0) throw new Error(`render exited ${run.code}: ${run.stderr}`);
  return Object.fromEntries(readdirSync(out).filter((f) => f.endsWith(".docx")).map((name) => [name, new DocxFile(join(out, name))]));
}
