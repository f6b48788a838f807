import type { DataPath, Finding } from "../findings.js";
import { locate } from "../load/locate.js";
import { MAX_PLAN_BYTES, readRegularFile } from "../load/read-source.js";
import type { Plan } from "../plan/types.gen.js";
import { eachCarried, eachConclusionTask, eachTask } from "../plan/walk.js";
import { checkBytes, fileFinding } from "./check.js";

/** What every command gets of one plan file: its findings, its plan when valid, and where each task is. */
export interface PlanRead {
  file: string;
  findings: Finding[];
  /** False when the file itself could not be read (missing, a folder, not UTF-8, too large, empty). */
  readable: boolean;
  /** The plan, only when the file has no errors. */
  plan: Plan | undefined;
  /** The line of a task (or a conclusion's assignment) by its data path; 0 when unknown. */
  lineOf(path: DataPath): number;
}

const pathKey = (path: DataPath) => path.join("/");

/**
 * Reads, parses and checks one file, and keeps only plain data: the YAML tree is dropped before the
 * next file is read, so memory follows what is reported, not the files.
 */
export function readPlan(file: string): PlanRead {
  const read = readRegularFile(file, MAX_PLAN_BYTES);
  if (!read.ok) return { file, findings: [fileFinding(file, read)], readable: false, plan: undefined, lineOf: () => 0 };
  const checked = checkBytes(file, read.bytes);
  const lines = new Map<string, number>();
  const { plan, parsed } = checked;
  if (plan && parsed)
    for (const { path } of [...eachTask(plan), ...eachConclusionTask(plan), ...eachCarried(plan)]) lines.set(pathKey(path), locate(parsed.doc, parsed.lines, path).line);
  return { file, findings: checked.findings, readable: parsed !== undefined, plan, lineOf: (path) => lines.get(pathKey(path)) ?? 0 };
}

/** Every file, one at a time, in the order given. */
export function* readPlans(files: Iterable<string>): Generator<PlanRead> {
  for (const file of files) yield readPlan(file);
}
