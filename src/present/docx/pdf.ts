import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { MessageKey } from "../../i18n/keys.js";
import { readRegularFile } from "../../load/read-source.js";

const NAMES = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
const WINDOWS_DIRS = ["C:\\Program Files\\LibreOffice\\program", "C:\\Program Files (x86)\\LibreOffice\\program"];
/** Every PDF starts with this header (ISO 32000-1, 7.5.2). */
const PDF_HEADER = "%PDF-";
/** A rendered document's PDF is well under a megabyte; more is not one of ours. */
const MAX_PDF_BYTES = 64 * 1024 * 1024;

/** LibreOffice's command-line program, if installed: $DIALOGUE_SOFFICE, the PATH, or its usual Windows folders. */
export function findSoffice(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.DIALOGUE_SOFFICE && existsSync(env.DIALOGUE_SOFFICE)) return env.DIALOGUE_SOFFICE;
  const dirs = [...(env.PATH ?? "").split(delimiter), ...(process.platform === "win32" ? WINDOWS_DIRS : [])];
  for (const dir of dirs) for (const name of NAMES) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** LibreOffice ran but one document has no PDF to show for it. */
export class PdfMissing extends Error {
  constructor(
    readonly docx: string,
    readonly reason: MessageKey,
  ) {
    super(`${docx}: ${reason}`);
  }
}

/**
 * Converts DOCX files to PDF with LibreOffice, headless, and returns each PDF's bytes, in order.
 * Everything happens in a private temporary folder (a throw-away profile, so that an open
 * LibreOffice window or a locked profile does not get in the way, and the output), because
 * LibreOffice exits 0 even when it wrote nothing: each PDF is checked there, and the caller puts
 * it in place. Files are passed as absolute paths, so that a name like `-y.docx` is never read as
 * an option.
 */
export function convertToPdf(soffice: string, files: readonly string[]): Buffer[] {
  const work = mkdtempSync(join(tmpdir(), "dialogue-lo-"));
  try {
    const profile = join(work, "profile");
    const outDir = join(work, "pdf");
    mkdirSync(outDir);
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files.map((f) => resolve(f))],
      { stdio: "ignore", timeout: 180_000 },
    );
    return files.map((docx) => checkedPdf(docx, join(outDir, `${basename(docx, extname(docx))}.pdf`)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function checkedPdf(docx: string, pdf: string): Buffer {
  const read = readRegularFile(pdf, MAX_PDF_BYTES, { followLinks: false });
  if (!read.ok) throw new PdfMissing(docx, "pdf-reason-none");
  if (read.bytes.subarray(0, PDF_HEADER.length).toString("latin1") !== PDF_HEADER) throw new PdfMissing(docx, "pdf-reason-not-pdf");
  return read.bytes;
}
