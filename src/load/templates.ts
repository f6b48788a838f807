import { existsSync, realpathSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";
// Loaded on first use in the built tool (scripts/build.mjs, LAZY): only --templates needs it.
import { checkTemplate, type TemplateKind } from "./template-check.js";
import { checkTemplatesFolder, readTemplateText } from "./template-file.js";
import type { Metrics, Profile, Templates, Wording } from "../documents/templates.js";

/** The templates folder shipped with the tool: beside dist/ when built, at the top of the sources otherwise. */
export function bundledTemplatesDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return [resolve(here, "../templates"), resolve(here, "../../templates")].find((d) => existsSync(join(d, "wording.json")))!;
}

/**
 * Reads a profile, the wording and the metrics. A province's folder (`--templates DIR`) may hold
 * only the files and keys it changes: each is checked against its own schema, then laid over the
 * bundled one. Templates are JSON data; nothing in them is run, and only these three fixed names
 * inside the folder are read, and only when they are regular files.
 */
export function loadTemplates(profileName: string, dir?: string): Templates {
  if (!/^[a-z0-9-]+$/.test(profileName)) throw new UsageError("render-unknown-profile", { profile: profileName });
  if (dir !== undefined) checkTemplatesFolder(dir);
  const bundled = bundledTemplatesDir();
  const custom = (kind: TemplateKind, relative: string) => {
    if (dir === undefined) return undefined;
    const file = insideFolder(dir, relative);
    const data = readJson(file);
    if (data !== undefined) checkTemplate(kind, file, data);
    return data;
  };
  const layer = (kind: TemplateKind, relative: string, base: unknown) => {
    const over = custom(kind, relative);
    return over === undefined ? base : merge(base, over);
  };
  const profileFile = `profiles/${profileName}.json`;
  const ownProfile = readJson(join(bundled, profileFile));
  const customProfile = custom("profile", profileFile);
  // A province's own profile name builds on HD36, the format a plan must render with by default.
  if (ownProfile === undefined && customProfile === undefined) throw new UsageError("render-unknown-profile", { profile: profileName });
  const baseProfile = ownProfile ?? readJson(join(bundled, "profiles/hd36.json"));
  const profile = (customProfile === undefined ? baseProfile : merge(baseProfile, customProfile)) as Profile;
  checkPage(profile, dir === undefined ? join(bundled, profileFile) : join(dir, profileFile));
  return {
    profile,
    wording: layer("wording", "wording.json", readJson(join(bundled, "wording.json"))) as Wording,
    metrics: layer("metrics", "metrics/times-new-roman.json", readJson(join(bundled, "metrics/times-new-roman.json"))) as Metrics,
  };
}

/** The margins must leave room for text: each is valid alone, but together they may eat the page. */
function checkPage({ page }: Profile, file: string): void {
  if (page.marginLeftMm + page.marginRightMm >= page.widthMm || page.marginTopMm + page.marginBottomMm >= page.heightMm)
    throw new UsageError("render-template-no-room", { file, width: page.widthMm, height: page.heightMm });
}

/** A template file of the folder; a link leading outside it is refused, so templates only ever read their own folder. */
function insideFolder(dir: string, relative: string): string {
  const file = join(dir, relative);
  if (!existsSync(file)) return file;
  const root = realpathSync(dir);
  const real = realpathSync(file);
  if (!real.startsWith(root + sep)) throw new UsageError("render-template-outside", { file, dir });
  return real;
}

function readJson(file: string): unknown {
  const text = readTemplateText(file);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError("render-template-invalid", { file, detail: (error as Error).message });
  }
}

function merge(base: unknown, over: unknown): unknown {
  if (!isRecord(base) || !isRecord(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (key === "__proto__") continue; // JSON may name it; assigning it would swap the object's prototype
    out[key] = merge(Object.hasOwn(base, key) ? base[key] : undefined, value);
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
