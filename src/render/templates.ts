import { existsSync, realpathSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";
import { checkTemplate, type TemplateKind } from "./template-check.js";
import { checkTemplatesFolder, readTemplateText } from "./template-file.js";

export type Align = "left" | "center" | "justify";

export interface TextStyle {
  /** The style's name in Word's Styles pane. */
  name?: string;
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
  headerTable: {
    leftColumnPercent: number;
    leftColumnMaxPercent: number;
    partyHeading: string;
    ruleWeightEighthsPt: number;
    star: string;
    /** Where a long issuer name may break: phrases never split, and level words that stay with the place name after them. */
    issuerBreaks: { keepTogether: string[]; placeWords: string[] };
  };
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

/** Width of a line of text in twips, from the advance-width table. */
export function textWidthTwips(metrics: Metrics, text: string, sizePt: number, bold: boolean): number {
  const widths = metrics.styles[bold ? "bold" : "regular"];
  const fallback = widths["N"];
  const units = [...text].reduce((sum, ch) => sum + (widths[ch] ?? fallback), 0);
  return Math.round((units / metrics.unitsPerEm) * sizePt * 20);
}
