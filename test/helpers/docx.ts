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
    const styles = this.styles;
    return all(this.document, "p").map((p) => new Paragraph(p, styles));
  }

  /** The paragraph styles of word/styles.xml, by id, for resolving what a paragraph inherits. */
  get styles(): Styles {
    this.cachedStyles ??= new Styles(this.xml("word/styles.xml"));
    return this.cachedStyles;
  }

  private cachedStyles?: Styles;

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

/** styles.xml read back: each style's own properties, its base, and the document defaults. */
export class Styles {
  readonly byId = new Map<string, Element>();
  readonly defaults: Element | undefined;

  constructor(readonly xml: XmlDocument) {
    for (const style of all(xml, "style")) this.byId.set(style.getAttributeNS(W, "styleId") ?? "", style);
    this.defaults = all(xml, "docDefaults")[0];
  }

  /** The style and the styles it is based on, nearest first. */
  chain(id: string | undefined): Element[] {
    const out: Element[] = [];
    for (let style = id ? this.byId.get(id) : this.byId.get("Normal"); style && !out.includes(style); ) {
      out.push(style);
      const base = all(style, "basedOn")[0]?.getAttributeNS(W, "val");
      style = base ? this.byId.get(base) : undefined;
    }
    return out;
  }

  /** The style's name as Word shows it. */
  name(id: string): string | undefined {
    const style = this.byId.get(id);
    return style ? (all(style, "name")[0]?.getAttributeNS(W, "val") ?? undefined) : undefined;
  }
}

/** The first of the property holders (direct first, then styles, then defaults) that has `tag`. */
function effective(holders: (Element | undefined)[], tag: string): Element | undefined {
  for (const holder of holders) {
    const found = holder && all(holder, tag)[0];
    if (found) return found;
  }
  return undefined;
}

const own = (el: Element, tag: string) => Array.from(el.childNodes).find((n) => (n as Element).localName === tag) as Element | undefined;

export class Paragraph {
  constructor(
    readonly element: Element,
    readonly styles?: Styles,
  ) {}

  /** The paragraph's style id (Normal when it names none). */
  get style(): string {
    const pPr = own(this.element, "pPr");
    return (pPr && own(pPr, "pStyle")?.getAttributeNS(W, "val")) || "Normal";
  }

  /** Paragraph properties in the order they apply: direct, then the style chain, then the defaults. */
  propertyHolders(kind: "pPr" | "rPr"): (Element | undefined)[] {
    const direct = kind === "pPr" ? own(this.element, "pPr") : undefined;
    const chain = this.styles?.chain(this.style) ?? [];
    const defaults = this.styles?.defaults && all(this.styles.defaults, kind === "pPr" ? "pPrDefault" : "rPrDefault")[0];
    return [direct, ...chain.map((s) => own(s, kind)), defaults];
  }

  get text(): string {
    return all(this.element, "t").map((t) => t.textContent ?? "").join("");
  }

  runs(): Run[] {
    const inherited = this.propertyHolders("rPr");
    return all(this.element, "r").filter((r) => all(r, "t").length).map((r) => new Run(r, inherited));
  }

  /** An attribute of a paragraph property as it applies, e.g. prop("ind", "firstLine"): set directly or by the style. */
  prop(tag: string, name: string): string | undefined {
    const holders = this.propertyHolders("pPr");
    for (const holder of holders) {
      const value = holder && all(holder, tag)[0]?.getAttributeNS(W, name);
      if (value) return value;
    }
    return undefined;
  }

  /** Whether a paragraph property applies (set directly or by the style), e.g. has("keepNext"). */
  has(tag: string): boolean {
    return on(effective(this.propertyHolders("pPr"), tag));
  }

  /** Whether the property is set on the paragraph itself, not by its style. */
  hasDirect(tag: string): boolean {
    const pPr = own(this.element, "pPr");
    return Boolean(pPr && all(pPr, tag).length);
  }

  /** The next paragraph element after this one in document order. */
  next(): Paragraph {
    let node = this.element.nextSibling;
    while (node && (node as Element).localName !== "p") node = node.nextSibling;
    return new Paragraph(node as Element, this.styles);
  }
}

export class Run {
  constructor(
    readonly element: Element,
    /** The paragraph's run properties: its style chain, then the document defaults. */
    readonly inherited: (Element | undefined)[] = [],
  ) {}

  get text(): string {
    return all(this.element, "t").map((t) => t.textContent ?? "").join("");
  }

  /** A run property as it applies: on the run itself, else from the paragraph's style, else the defaults. */
  private prop(tag: string): Element | undefined {
    return effective([own(this.element, "rPr"), ...this.inherited], tag);
  }

  /** Whether the run itself carries the property (direct formatting). */
  hasDirect(tag: string): boolean {
    const rPr = own(this.element, "rPr");
    return Boolean(rPr && all(rPr, tag).length);
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
