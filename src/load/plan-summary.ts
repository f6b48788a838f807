import type { Finding } from "../findings.js";
import type { Plan } from "../plan/types.gen.js";
import { eachConclusionTask, eachTask } from "../plan/walk.js";
import { locate } from "./locate.js";
import { loadPlan } from "./load-plan.js";

/** What a report needs of one file: its findings, its plan when valid, and the line of every task. */
export interface PlanSummary {
  file: string;
  usable: boolean;
  findings: Finding[];
  plan: Plan | undefined;
  /** Line of each task, keyed by `pathKey` of its data path. */
  taskLines: Record<string, number>;
}

export const pathKey = (path: readonly (string | number)[]) => path.join("/");

/** Loads one file and keeps only plain data, so that the YAML tree can be freed. */
export function summarisePlan(file: string): PlanSummary {
  const loaded = loadPlan(file);
  if (!loaded.usable) return { file, usable: false, findings: loaded.findings, plan: undefined, taskLines: {} };
  const taskLines: Record<string, number> = {};
  if (loaded.plan)
    for (const { path } of [...eachTask(loaded.plan), ...eachConclusionTask(loaded.plan)])
      taskLines[pathKey(path)] = locate(loaded.parsed.doc, loaded.parsed.lines, path).line;
  return { file, usable: true, findings: loaded.findings, plan: loaded.plan, taskLines };
}
