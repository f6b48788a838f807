import type { DataPath, Finding } from "../findings.js";
import type { Plan } from "../plan/types.gen.js";
import { MAX_PLAN_BYTES, readRegularFile } from "../load/read-source.js";
import { PlansRefused } from "./plans-refused.js";
import { readPlans, type PlanRead, type ReadOptions } from "./read-plans.js";

export { PlansRefused };

/** A plan known valid, with the line of each of its tasks. */
export interface ValidPlan {
  file: string;
  plan: Plan;
  lineOf(path: DataPath): number;
  /** See PlanRead.remember. */
  remember?: PlanRead["remember"];
}

/** Collects the files read so far; refuses at the end when any was not valid. */
export class PlanCollector {
  readonly findings: Finding[] = [];
  private readonly broken: PlanRead[] = [];
  private count = 0;
  /** The first valid file of each content digest read so far: a copy ("kh (1).yaml") is counted once. */
  private readonly seen = new Map<string, string>();
  private readonly stamps: string[] = [];
  private stamped = true;
  private copies = 0;

  /** The plan of a read file, when it is valid, no file before it was broken, and it is no copy of an earlier one. */
  add(read: PlanRead): ValidPlan | undefined {
    this.count++;
    if (read.stamp === undefined) this.stamped = false;
    else this.stamps.push(`${read.file}\0${read.stamp}`);
    const first = read.valid && read.bytes && read.digest ? this.copyOf(read.file, read.bytes, read.digest) : undefined;
    if (first !== undefined) {
      this.findings.push({ file: read.file, line: 0, column: 0, severity: "warning", path: [], code: "input-same-as-earlier", params: { first } });
      this.copies++;
      return undefined;
    }
    this.findings.push(...read.findings);
    if (!read.valid) this.broken.push(read);
    if (this.broken.length || !read.valid) return undefined;
    return {
      file: read.file,
      get plan() {
        return read.plan!;
      },
      lineOf: read.lineOf,
      remember: read.remember,
    };
  }

  /**
   * The earlier file whose bytes these are, if any; else these are remembered. An earlier file of
   * the same digest is read again and compared byte for byte: no file's bytes are kept.
   */
  private copyOf(file: string, bytes: Uint8Array, digest: string): string | undefined {
    const earlier = this.seen.get(digest);
    if (earlier === undefined) {
      this.seen.set(digest, file);
      return undefined;
    }
    const read = readRegularFile(earlier, MAX_PLAN_BYTES);
    return read.ok && Buffer.from(read.bytes).equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) ? earlier : undefined;
  }

  /** How many files were counted: those read, less the copies of earlier ones. */
  get counted(): number {
    return this.count - this.copies;
  }

  /**
   * The plan cache's stamps of every file read, with its path: what is derived from these reads
   * together (a status report) is kept under it. Undefined when a read had none (no cache, or a
   * file that could not be read).
   */
  get stamp(): string | undefined {
    return this.stamped ? this.stamps.join("\n") : undefined;
  }

  /** Throws PlansRefused when a file was not valid. */
  refuseIfBroken(): void {
    if (this.broken.length) throw new PlansRefused(this.findings, this.broken.filter((b) => b.readable).map((b) => b.file), this.count);
  }
}

/** All the plans, valid, or PlansRefused; the findings (warnings only, then) come along. */
export function validPlans(files: readonly string[], options: ReadOptions = {}): { plans: ValidPlan[]; findings: Finding[] } {
  const collector = new PlanCollector();
  const plans: ValidPlan[] = [];
  for (const read of readPlans(files, options)) {
    const plan = collector.add(read);
    if (plan) plans.push(plan);
  }
  collector.refuseIfBroken();
  return { plans, findings: collector.findings };
}

/**
 * The files read through the plan cache for their findings alone (no plan is turned back into
 * objects): their findings, and the stamp of them all (PlanCollector.stamp).
 */
export function readTogether(files: readonly string[], options: ReadOptions): PlanCollector {
  const collector = new PlanCollector();
  for (const read of readPlans(files, options)) collector.add(read);
  return collector;
}
