import type { DataPath, Finding } from "../findings.js";
import { UserError } from "../errors.js";
import type { Plan } from "../plan/types.gen.js";
import { readPlans, type PlanRead } from "./read-plans.js";

/** A plan known valid, with the line of each of its tasks. */
export interface ValidPlan {
  file: string;
  plan: Plan;
  lineOf(path: DataPath): number;
}

/**
 * Nothing is computed from a plan that is known wrong: the command stops (exit 2) and shows every
 * file's findings, and which files to fix first. The entry point prints it.
 */
export class PlansRefused extends UserError {
  readonly isPlansRefused = true;

  constructor(
    readonly findings: readonly Finding[],
    /** Files that were read but have errors (the others could not be read at all). */
    readonly invalid: readonly string[],
    readonly files: number,
  ) {
    super("status-plan-invalid", { file: invalid.join(", ") });
  }

  static is(error: unknown): error is PlansRefused {
    return UserError.is(error) && (error as Partial<PlansRefused>).isPlansRefused === true;
  }
}

/** Collects the files read so far; refuses at the end when any was not valid. */
export class PlanCollector {
  readonly findings: Finding[] = [];
  private readonly broken: PlanRead[] = [];
  private count = 0;

  /** The plan of a read file, when it is valid and no file before it was broken. */
  add(read: PlanRead): ValidPlan | undefined {
    this.count++;
    this.findings.push(...read.findings);
    if (!read.plan) this.broken.push(read);
    if (this.broken.length || !read.plan) return undefined;
    return { file: read.file, plan: read.plan, lineOf: read.lineOf };
  }

  /** Throws PlansRefused when a file was not valid. */
  refuseIfBroken(): void {
    if (this.broken.length) throw new PlansRefused(this.findings, this.broken.filter((b) => b.readable).map((b) => b.file), this.count);
  }
}

/** All the plans, valid, or PlansRefused; the findings (warnings only, then) come along. */
export function validPlans(files: readonly string[]): { plans: ValidPlan[]; findings: Finding[] } {
  const collector = new PlanCollector();
  const plans: ValidPlan[] = [];
  for (const read of readPlans(files)) {
    const plan = collector.add(read);
    if (plan) plans.push(plan);
  }
  collector.refuseIfBroken();
  return { plans, findings: collector.findings };
}
