import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

const NAMES = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
const WINDOWS_DIRS = ["C:\\Program Files\\LibreOffice\\program", "C:\\Program Files (x86)\\LibreOffice\\program"];

/** LibreOffice's command-line program, if installed: $DIALOGUE_SOFFICE, the PATH, or its usual Windows folders. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.DIALOGUE_SOFFICE && existsSync(env.DIALOGUE_SOFFICE)) return env.DIALOGUE_SOFFICE;
  const dirs = [...(env.PATH ?? "").split(delimiter), ...(process.platform === "win32" ? WINDOWS_DIRS : [])];
  for (const dir of dirs) for (const name of NAMES) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/**
 * Converts DOCX files to PDF beside them with LibreOffice, headless, in a throw-away profile so
 * that an open LibreOffice window or a locked profile does not get in the way.
 */
export function convertToPdf(soffice: string, files: readonly string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), "dialogue-lo-"));
  try {
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files],
      { stdio: "ignore", timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
