import type { DataPath, Issue, Position } from "../findings.js";
import type { Plan } from "../plan/types.gen.js";

export interface RuleContext {
  plan: Plan;
  /** Where a path sits in the file, for messages that refer to another place ("already used at line 12"). */
  locate: (path: DataPath) => Position;
}

/** A named plan rule: reads the plan, returns issues; no I/O, no clock. */
export interface Rule {
  name: string;
  check: (context: RuleContext) => Issue[];
}
