import { isAbsolute, parse, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The name `dialogue schema --copy-to` and `init` give the schema beside the plans. */
export const SCHEMA_FILE_NAME = "plan.schema.json";

/** The `# yaml-language-server: $schema=…` line of a plan, where its target starts. */
export interface SchemaLine {
  target: string;
  /** 1-based, of the target. */
  line: number;
  column: number;
}

/**
 * The schema line as the YAML language server (behind VS Code's YAML extension) reads it: the
 * first comment line naming `yaml-language-server:`, and on it `$schema=` (or `$schema:`) up to
 * the next space.
 */
export function schemaLine(withBom: string): SchemaLine | undefined {
  const text = withBom.replace(/^\uFEFF/, ""); // columns count as the tool's findings do, after the BOM
  // One pass over the text, no array of its lines: a plan may be 2 MiB of them.
  const modeline = /^[ \t]*#[ \t]*yaml-language-server[ \t]*:.*$/m.exec(text);
  if (!modeline) return undefined;
  const match = /\$schema[=:]\s*(\S+)/.exec(modeline[0]);
  if (!match) return undefined;
  const before = text.slice(0, modeline.index);
  let line = 1;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) line++;
  return { target: match[1], line, column: match.index + match[0].length - match[1].length + 1 };
}

/**
 * Where the editor looks for the schema of `planFile`: an `http(s):` address is left to the
 * network (undefined); `file:` URLs and absolute paths as they are; anything else relative to the
 * plan's own folder, as the language server resolves it.
 */
export function schemaTarget(planFile: string, target: string): string | undefined {
  if (/^https?:/i.test(target)) return undefined;
  if (/^file:/i.test(target)) {
    try {
      return fileURLToPath(target);
    } catch {
      return target;
    }
  }
  return isAbsolute(target) ? target : resolve(parse(resolve(planFile)).dir, target);
}
