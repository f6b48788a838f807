import { readdirSync, lstatSync, mkdirSync, unlinkSync, utimesSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import packageJson from "../../package.json" with { type: "json" };
import { privateFolder, readCacheFile, userCacheHome, writeCacheFile } from "../cache-folder.js";
import type { Finding } from "../findings.js";
import type { Plan } from "../plan/types.gen.js";
import { hash64 } from "./content-digest.js";

/**
 * What checking one file's bytes gave, as plain data: the same for every path the bytes are read
 * from (findings carry no file here), so it can be kept and used again.
 */
export interface CheckedFile {
  /** Findings with `file` left empty; the reader puts the path back. */
  findings: Finding[];
  /** False when the text could not be parsed at all (not UTF-8, too large, empty). */
  readable: boolean;
  /** True when the file has no errors: then its plan is there. */
  valid: boolean;
  plan: Plan | undefined;
  /** The line of each task (and conclusion assignment) by its data path joined with "/". */
  lines: [string, number][];
}

/** What checking some bytes gave, as kept; its stamp ties the values derived from it to it. */
export interface KeptCheck {
  checked: CheckedFile;
  stamp: string;
}

/** The results of checking plan files, by their exact bytes and the build that checked them. */
export interface PlanCache {
  /**
   * What checking these bytes gave, if kept; `digest` is theirs (contentDigest). The plan is read
   * from the entry only when asked for; if that part is damaged, `recheck` gives it.
   */
  get(bytes: Uint8Array, digest: string, recheck: () => CheckedFile): KeptCheck | undefined;
  /** Keeps what checking the bytes gave; the stamp of the new entry. */
  put(bytes: Uint8Array, digest: string, checked: CheckedFile): string;
  /**
   * What a command works out from a kept check's plan that depends on nothing else but `what` (e.g.
   * the status rows of one day), kept beside it; `valid` rejects what is not of its shape.
   */
  getDerived<T>(stamp: string, what: string, valid: (value: unknown) => value is T): T | undefined;
  putDerived(stamp: string, what: string, value: unknown): void;
  /**
   * Bytes made from `from` alone (a document from its model and templates), kept by `from` itself:
   * a match is exact, as for a plan's bytes, never a hash's guess.
   */
  getMade(from: string): Uint8Array | undefined;
  putMade(from: string, made: Uint8Array): void;
}

// Replaced by the build with a hash of everything that decides a check's result (sources, schema,
// templates, locked dependencies): a cache made by another build is never used. From the sources
// (tests), the version alone.
declare const __DIALOGUE_BUILD__: string | undefined;
const BUILD = `${packageJson.version}+${typeof __DIALOGUE_BUILD__ === "string" ? __DIALOGUE_BUILD__ : "source"}`;

/** Marks our entries: a file in the folder that does not start with it is not ours and is ignored. */
const FORMAT = "dialogue-plan-cache/1";
/** The cache is pruned to this when a run adds to it; the entries least recently used go first. */
export const MAX_CACHE_BYTES = 128 * 1024 * 1024;
/**
 * A larger entry is not kept: it would push most others out (the status report of 100,000 tasks
 * is 57 MB), and writing it would cost a run more than reading the plans again saves.
 */
export const MAX_ENTRY_BYTES = MAX_CACHE_BYTES / 8;
/**
 * An entry used again is marked as recent at most once a day by a run that only reads, so that a
 * warm run writes nothing; a run that writes marks every entry it used before it prunes.
 */
const TOUCH_AFTER_MS = 24 * 60 * 60 * 1000;
/** Temporary files of a run killed while writing are removed after an hour. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

interface Entry {
  format: string;
  build: string;
  /** The file's name: an entry renamed or copied under another name is not taken. */
  key: string;
  /** The check's stamp; for a derived value, the stamp of the check it was derived from. */
  of: string;
  /** The checked bytes themselves (a check's entry only): a match is exact, never a hash's guess. */
  source?: Uint8Array;
  value: unknown;
}

/**
 * The plan cache in the user's private cache folder (cache-folder.ts: XDG, ~/Library/Caches,
 * %LOCALAPPDATA%), never beside the plans, which sit in shared folders and in git. Undefined when
 * disabled (`--no-cache`) or when there is no private folder to keep it in: the run checks every
 * file, as it would anyway.
 */
export function planCache(env: Readonly<Record<string, string | undefined>>, enabled = true, now = Date.now): PlanCache | undefined {
  if (!enabled) return undefined;
  const base = userCacheHome(env, process.platform, homedir);
  if (base === undefined || !privateFolder(join(base, "dialogue"))) return undefined;
  const dir = join(base, "dialogue", "plans");
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch {
    // Already there (checked below) or not creatable.
  }
  if (!privateFolder(dir)) return undefined;
  return new FolderCache(dir, now);
}

class FolderCache implements PlanCache {
  /** Bytes written since the folder was last pruned; undefined until this run writes. */
  private written: number | undefined;
  /** The entries this run used. */
  private readonly used: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly now: () => number,
  ) {}

  get(bytes: Uint8Array, digest: string, recheck: () => CheckedFile): KeptCheck | undefined {
    const entry = this.read(nameOf(digest), isKeptCheck);
    if (!entry || !(entry.source instanceof Uint8Array) || !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(entry.source)) return undefined;
    return { checked: unpacked(entry.value, recheck), stamp: entry.of };
  }

  put(bytes: Uint8Array, digest: string, checked: CheckedFile): string {
    const stamp = newStamp();
    const { findings, readable, valid, plan, lines } = checked;
    this.write(nameOf(digest), { of: stamp, source: bytes, value: { findings, readable, valid, planned: serialize({ plan, lines }) } satisfies KeptValue });
    return stamp;
  }

  getDerived<T>(stamp: string, what: string, valid: (value: unknown) => value is T): T | undefined {
    const entry = this.read(derivedName(stamp, what), valid);
    return entry?.of === stamp ? entry.value : undefined;
  }

  putDerived(stamp: string, what: string, value: unknown): void {
    this.write(derivedName(stamp, what), { of: stamp, value });
  }

  getMade(from: string): Uint8Array | undefined {
    const source = Buffer.from(from);
    const entry = this.read(madeName(source), isBytes);
    return entry && entry.source instanceof Uint8Array && source.equals(entry.source) ? entry.value : undefined;
  }

  putMade(from: string, made: Uint8Array): void {
    const source = Buffer.from(from);
    this.write(madeName(source), { of: "made", source, value: made });
  }

  private read<T>(key: string, valid: (value: unknown) => value is T): (Entry & { value: T }) | undefined {
    const file = join(this.dir, key);
    const bytes = readCacheFile(file);
    if (!bytes) return undefined;
    let entry: Partial<Entry> | null;
    try {
      entry = deserialize(bytes) as Partial<Entry> | null;
    } catch {
      return undefined; // corrupt: worked out again and rewritten
    }
    if (!entry || typeof entry !== "object" || entry.format !== FORMAT || entry.build !== BUILD || entry.key !== key || typeof entry.of !== "string" || !valid(entry.value)) return undefined;
    this.markUsed(file);
    return entry as Entry & { value: T };
  }

  private write(key: string, entry: Pick<Entry, "of" | "source" | "value">): void {
    let bytes: Buffer;
    try {
      bytes = serialize({ format: FORMAT, build: BUILD, key, ...entry } satisfies Entry);
    } catch {
      return; // something not plain data: simply not kept
    }
    if (bytes.length > MAX_ENTRY_BYTES) return;
    // A run that only reads never lists the folder. One that writes prunes it first, and again
    // once it has written a quarter of the bound; each time it first marks every entry it used as
    // the most recent, so that the plans it read outlive what it added.
    if (this.written === undefined || this.written > MAX_CACHE_BYTES / 4) {
      for (const file of this.used) this.touch(file, -1);
      pruneCache(this.dir, MAX_CACHE_BYTES, this.now());
      this.written = 0;
    }
    this.written += bytes.length;
    writeCacheFile(this.dir, key, bytes);
  }

  private markUsed(file: string): void {
    this.used.push(file);
    this.touch(file, TOUCH_AFTER_MS);
  }

  /** Marks the entry as used now, unless it was marked less than `after` milliseconds ago. */
  private touch(file: string, after: number): void {
    try {
      const at = this.now();
      if (at - lstatSync(file).mtimeMs > after) utimesSync(file, at / 1000, at / 1000);
    } catch {
      // Only the order of eviction depends on it.
    }
  }
}

/**
 * A check as kept: the plan and the lines of its tasks as bytes of their own, turned back into
 * objects only by a command that reads the plan. Validate needs only the findings, and a kept
 * status report (status.ts) none of the plans.
 */
interface KeptValue {
  findings: Finding[];
  readable: boolean;
  valid: boolean;
  planned: Uint8Array;
}

function isKeptCheck(value: unknown): value is KeptValue {
  const kept = value as Partial<KeptValue> | null;
  return !!kept && typeof kept === "object" && Array.isArray(kept.findings) && typeof kept.readable === "boolean" && typeof kept.valid === "boolean" && kept.planned instanceof Uint8Array;
}

function unpacked({ findings, readable, valid, planned }: KeptValue, recheck: () => CheckedFile): CheckedFile {
  let inner: Pick<CheckedFile, "plan" | "lines"> | undefined;
  const open = () => (inner ??= planPart(planned) ?? recheck());
  return {
    findings,
    readable,
    valid,
    get plan() {
      return open().plan;
    },
    get lines() {
      return open().lines;
    },
  };
}

function planPart(planned: Uint8Array): Pick<CheckedFile, "plan" | "lines"> | undefined {
  try {
    const part = deserialize(planned) as Partial<CheckedFile> | null;
    return part && typeof part === "object" && Array.isArray(part.lines) && (part.plan === undefined || typeof part.plan === "object") ? (part as Pick<CheckedFile, "plan" | "lines">) : undefined;
  } catch {
    return undefined; // damaged: checked again
  }
}

// Entries are named by the digest of the bytes and by the build, and taken only when the bytes
// they keep are the same (content-digest.ts). A plan's digest is worked out once by its reader,
// which also tells copies of one file by it.
let buildTag: string | undefined;
const nameOf = (digest: string) => `${digest}-${(buildTag ??= hash64(BUILD, new Uint8Array(0)).slice(0, 8))}`;
const madeName = (source: Uint8Array) => `${hash64(BUILD, source)}-${source.length.toString(36)}-m`;
const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;
const derivedName = (stamp: string, what: string) => `${hash64(`${stamp}\0${what}`, new Uint8Array(0))}-d`;
const newStamp = () => Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, "0")).join("");

/** Removes the least recently used entries until the folder holds at most `limit` bytes; and old temporary files. */
export function pruneCache(dir: string, limit: number, now: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const entries: { path: string; size: number; used: number }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      const info = lstatSync(path);
      if (!info.isFile()) continue;
      if (name.endsWith(".tmp")) {
        if (now - info.mtimeMs > STALE_TEMPORARY_MS) unlinkSync(path);
        continue;
      }
      entries.push({ path, size: info.size, used: info.mtimeMs });
    } catch {
      // Removed by another run meanwhile.
    }
  }
  let total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total <= limit) return;
  entries.sort((a, b) => a.used - b.used);
  // Down to three quarters, so that the next runs do not prune again at once.
  for (const entry of entries) {
    if (total <= limit * 0.75) break;
    try {
      unlinkSync(entry.path);
    } catch {
      // Gone already.
    }
    total -= entry.size;
  }
}
