import type { DataPath, Finding } from "../findings.js";
import type { Plan } from "../plan/types.gen.js";
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

  /** The plan of a read file, when it is valid and no file before it was broken. */
  add(read: PlanRead): ValidPlan | undefined {
    this.count++;
    this.findings.push(...read.findings);
    if (!read.plan) this.broken.push(read);
    if (this.broken.length || !read.plan) return undefined;
    return { file: read.file, plan: read.plan, lineOf: read.lineOf, remember: read.remember };
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
