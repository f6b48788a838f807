import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";

export type Align = "left" | "center" | "justify";

export interface TextStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  upper?: boolean;
  align: Align;
  indent?: boolean;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
}

export type StyleName =
  | "superior" | "issuer" | "star" | "number" | "partyHeading" | "dateLine" | "docType" | "summary" | "separator"
  | "heading1" | "heading2" | "body" | "recipientsHeading" | "recipient" | "authority" | "position" | "signer" | "pageNumber";

/** Layout numbers of one official format (HD36, HD05); data read from templates/profiles. */
export interface Profile {
  name: string;
  page: { widthMm: number; heightMm: number; marginTopMm: number; marginBottomMm: number; marginLeftMm: number; marginRightMm: number; headerDistanceMm: number; footerDistanceMm: number };
  font: string;
  language: string;
  headerTable: { leftColumnPercent: number; leftColumnMaxPercent: number; partyHeading: string; ruleWeightEighthsPt: number; star: string };
  title: { separator: string };
  body: { firstLineIndentMm: number; lineExactPt: number; spaceBeforePt: number; spaceAfterPt: number; level1: string; level2: string; bullet: string; subBullet: string; contentEnding: string };
  signatureTable: { leftColumnPercent: number; recipientSeparator: string; recipientLast: string; signatureSpaceLines: number };
  styles: Record<StyleName, TextStyle>;
}

/** Fixed wording of the documents, read from templates/wording.json. */
export interface Wording {
  documentTypes: Record<string, string>;
  typeCodes: Record<string, string>;
  numberLine: string;
  draftNumber: string;
  dateLine: string;
  draftDateLine: string;
  recipientsHeading: string;
  plan: Record<string, string>;
  notice: Record<string, string>;
  minutes: Record<string, string>;
  /** Party bodies and boards before the name of the body they lead: its leaders answer citizens, not the Party body. */
  leadershipPrefixes: string[];
  calendar: { session: string; deadline: string; attendance: string };
  /** Shown in a document where the record lacks the data, so that the gap is seen and filled. */
  missing: Record<"venue" | "chairs" | "signature" | "recipients" | "minuteTaker" | "content", string>;
  newPlan: { summary: string; basis: string; purposes: string[]; requirements: string[]; adHoc: string; closing: string; recipients: string[]; issuerName: string };
}

/** Advance widths of letters (font units) for sizing rules without reading fonts at run time. */
export interface Metrics {
  unitsPerEm: number;
  styles: Record<"regular" | "bold", Record<string, number>>;
}

export interface Templates {
  profile: Profile;
  wording: Wording;
  metrics: Metrics;
}

/** The templates folder shipped with the tool: beside dist/ when built, at the top of the sources otherwise. */
export function bundledTemplatesDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return [resolve(here, "../templates"), resolve(here, "../../templates")].find((d) => existsSync(join(d, "wording.json")))!;
}

/**
 * Reads a profile, the wording and the metrics. A province's folder (`--templates DIR`) may hold
 * only the files and keys it changes: each is laid over the bundled one. Templates are JSON data;
 * nothing in them is run, and only these three fixed names inside the folder are read.
 */
export function loadTemplates(profileName: string, dir?: string): Templates {
  if (!/^[a-z0-9-]+$/.test(profileName)) throw new UsageError("render-unknown-profile", { profile: profileName });
  if (dir !== undefined && !existsSync(join(dir, "."))) throw new UsageError("render-templates-missing", { dir });
  const bundled = bundledTemplatesDir();
  const layer = (relative: string, base: unknown) => {
    const custom = dir === undefined ? undefined : readJson(insideFolder(dir, relative));
    return custom === undefined ? base : merge(base, custom);
  };
  const profileFile = `profiles/${profileName}.json`;
  const ownProfile = readJson(join(bundled, profileFile));
  // A province's own profile name builds on HD36, the format a plan must render with by default.
  if (ownProfile === undefined && (dir === undefined || readJson(insideFolder(dir, profileFile)) === undefined))
    throw new UsageError("render-unknown-profile", { profile: profileName });
  return {
    profile: layer(profileFile, ownProfile ?? readJson(join(bundled, "profiles/hd36.json"))) as Profile,
    wording: layer("wording.json", readJson(join(bundled, "wording.json"))) as Wording,
    metrics: layer("metrics/times-new-roman.json", readJson(join(bundled, "metrics/times-new-roman.json"))) as Metrics,
  };
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
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError("render-template-invalid", { file, detail: (error as Error).message });
  }
}

function merge(base: unknown, over: unknown): unknown {
  if (!isRecord(base) || !isRecord(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = merge(base[key], value);
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Width of a line of text in twips, from the advance-width table. */
export function textWidthTwips(metrics: Metrics, text: string, sizePt: number, bold: boolean): number {
  const widths = metrics.styles[bold ? "bold" : "regular"];
  const fallback = widths["N"];
  const units = [...text].reduce((sum, ch) => sum + (widths[ch] ?? fallback), 0);
  return Math.round((units / metrics.unitsPerEm) * sizePt * 20);
}
