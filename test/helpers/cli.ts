import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin/dialogue.js");
export const SEED = join(ROOT, "examples/ke-hoach-doi-thoai-2021.yaml");
export const SON_NGUYEN = join(ROOT, "examples/ke-hoach-doi-thoai-2024-son-nguyen.yaml");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `dialogue` binary, as a clerk would, with a plain (non-colour) Vietnamese locale. */
export function dialogue(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, TMPDIR: process.env.DIALOGUE_TEST_TOOL_TMPDIR, NO_COLOR: "1", LANG: "C.UTF-8", ...options.env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "dialogue-test-"));
}

/**
 * A copy of an example in a fresh folder, optionally edited; returns its path. The folder sits
 * beside a copy of the schema, as in the repository, so that the example's schema line
 * (`../schemas/plan.schema.json`) still leads the editor, and validate, to it.
 */
export function copyExample(example: string, edit: (text: string) => string = (t) => t, name = "plan.yaml"): string {
  const root = tempDir();
  mkdirSync(join(root, "schemas"));
  copyFileSync(join(ROOT, "schemas/plan.schema.json"), join(root, "schemas/plan.schema.json"));
  mkdirSync(join(root, "plans"));
  const file = join(root, "plans", name);
  writeFileSync(file, edit(readFileSync(example, "utf8")));
  return file;
}


/** 1-based number of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return index + 1;
}
