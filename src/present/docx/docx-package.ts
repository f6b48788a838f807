import { Packer, type Document } from "docx";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { DocumentModel } from "../../documents/model.js";

/** docx's own compiler gives the package's parts before zipping; not in its typings, so checked at run time. */
type PartCompiler = { compile(doc: Document, prettify: undefined, overrides: { path: string; data: string }[]): Map<string, string | Uint8Array> };

/**
 * The DOCX bytes, the same for the same model on every machine: docx leaves the timestamps in
 * docProps/core.xml and in the zip entries to the clock, and the zip's are local time.
 */
export async function packageBytes(doc: Document, model: DocumentModel, language: string): Promise<Buffer> {
  const overrides = [{ path: "docProps/core.xml", data: coreProperties(model, language) }];
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  // Zipping once with pinned dates instead of unzipping docx's archive and zipping it again saved ~30 ms.
  const parts: Record<string, Uint8Array> = compiler?.compile
    ? Object.fromEntries([...compiler.compile(doc, undefined, overrides)].map(([path, data]) => [path, typeof data === "string" ? strToU8(data) : data]))
    : unzipSync(new Uint8Array(await Packer.toBuffer(doc, false, overrides)));
  const mtime = zipTime(model.date);
  const entries = Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { mtime }] as const]));
  // Stored, not deflated (OPC allows both; Word and LibreOffice open either): fflate's deflate cost
  // 30 ms of a 180 ms render, cold, for a 16 KB instead of a 75 KB file.
  return Buffer.from(zipSync(entries as never, { level: 0 }));
}

/**
 * The zip entries' time: the document's date at noon, as a wall-clock time. Zip (DOS) times have
 * no zone and fflate writes the local fields of the Date it gets, so the Date is built from local
 * fields; noon, because a daylight-saving change can skip midnight but never noon. DOS times
 * cover 1980–2099 only.
 */
export function zipTime(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Math.min(2099, Math.max(1980, y)), m - 1, d, 12);
}

/** Title, author (the issuing body, as Word shows it under File → Info), language, and the pinned dates. */
function coreProperties(model: DocumentModel, language: string): string {
  const stamp = `${model.date}T00:00:00Z`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(model.title)}</dc:title><dc:creator>${escapeXml(model.author)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(model.author)}</cp:lastModifiedBy><dc:language>${escapeXml(language)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
