import type { DataPath, Finding } from "../findings.js";
import { MAX_PLAN_BYTES, readRegularFile } from "../load/read-source.js";
import type { Plan } from "../plan/types.gen.js";
// In the built tool this import is answered by a stub that loads the checker (YAML reading, schema,
// rules: half of the bundle) on first use: a run that finds every file in the plan cache never
// loads it (scripts/build.mjs, LAZY).
import { checkedFile } from "./check.js";
import { contentDigest } from "./content-digest.js";
import { fileFinding } from "./file-finding.js";
import { pathKey } from "./path-key.js";
import type { PlanCache } from "./plan-cache.js";

/** What every command gets of one plan file: its findings, its plan when valid, and where each task is. */
export interface PlanRead {
  file: string;
  findings: Finding[];
  /** False when the file itself could not be read (missing, a folder, not UTF-8, too large, empty). */
  readable: boolean;
  /** The plan cache's stamp of what checking the file gave; undefined without the cache. */
  stamp?: string;
  /** The file's bytes and their digest, for telling a copy of an earlier file (the digest, then the bytes). */
  bytes?: Uint8Array;
  digest?: string;
  /** True when the file has no errors: then its plan is there. */
  valid: boolean;
  /** The plan, only when the file has no errors; read from the plan cache when first asked for. */
  readonly plan: Plan | undefined;
  /** The line of a task (or a conclusion's assignment) by its data path; 0 when unknown. */
  lineOf(path: DataPath): number;
  /**
   * What `compute` works out from this file's plan for `what` (which must name everything else it
   * depends on), kept in the cache beside the file's entry when there is one. `compute` must not
   * depend on the file's path: the same bytes elsewhere share it.
   */
  remember<T>(what: string, valid: (value: unknown) => value is T, compute: () => T): T;
}

const computeOnly = <T>(_what: string, _valid: unknown, compute: () => T) => compute();

/** How plans are read: through a cache of earlier results (plan-cache.ts), or not. */
export interface ReadOptions {
  cache?: PlanCache;
  /** Told after each file, for progress on long work. */
  onFile?: (done: number, total: number) => void;
}


/**
 * Reads and checks one file, or takes what checking the same bytes gave before. Only plain data is
 * kept: the YAML tree is dropped before the next file is read, so memory follows what is reported,
 * not the files.
 */
export function readPlan(file: string, { cache }: ReadOptions = {}): PlanRead {
  const read = readRegularFile(file, MAX_PLAN_BYTES);
  if (!read.ok) return { file, findings: [fileFinding(file, read)], readable: false, valid: false, plan: undefined, lineOf: () => 0, remember: computeOnly };
  const digest = contentDigest(read.bytes);
  const kept = cache?.get(read.bytes, digest, () => checkedFile(read.bytes));
  const checked = kept?.checked ?? checkedFile(read.bytes);
  const stamp = kept?.stamp ?? cache?.put(read.bytes, digest, checked);
  let lines: Map<string, number> | undefined;
  return {
    file,
    findings: checked.findings.map((finding) => ({ ...finding, file })),
    readable: checked.readable,
    valid: checked.valid,
    stamp,
    bytes: read.bytes,
    digest,
    get plan() {
      return checked.plan;
    },
    lineOf: (path) => (lines ??= new Map(checked.lines)).get(pathKey(path)) ?? 0,
    remember:
      stamp === undefined
        ? computeOnly
        : (what, valid, compute) => {
            const known = cache!.getDerived(stamp, what, valid);
            if (known !== undefined) return known;
            const value = compute();
            cache!.putDerived(stamp, what, value);
            return value;
          },
  };
}

/** Every file, one at a time, in the order given. */
export function* readPlans(files: readonly string[], options: ReadOptions = {}): Generator<PlanRead> {
  let done = 0;
  for (const file of files) {
    yield readPlan(file, options);
    options.onFile?.(++done, files.length);
  }
}
