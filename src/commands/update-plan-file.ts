import { readFileSync } from "node:fs";
import lockfile from "proper-lockfile";
import writeFileAtomic from "write-file-atomic";
import { findingsText } from "../present/findings.js";
import type { Translate } from "../i18n/translate.js";
import { parsePlan } from "../load/parse-plan.js";
import { decodePlanText } from "../load/read-source.js";
import { checkPlan, hasErrors } from "../validate/check-plan.js";
import { SourceEdit } from "../edit/source-edit.js";
import { EXIT, type CommandResult } from "./result.js";

const BOM = "\uFEFF";

/** How long a second writer waits for the first (two clerks saving at once); a lock older than 10 s is stale. */
const LOCK = { stale: 10_000, retries: { retries: 40, minTimeout: 25, maxTimeout: 250 } };

/**
 * Applies an edit to a plan file safely: the result must read back as exactly the intended change
 * and validate; the file is replaced atomically (temporary file, fsync, rename) and only if it
 * did not change on disk meanwhile. Writers take turns through a lock (`<file>.lock`), so two
 * updates at once both land. Returns a failure result, or undefined once written.
 */
export async function updatePlanFile(file: string, edit: (source: SourceEdit) => void, t: Translate): Promise<CommandResult | undefined> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, LOCK);
  } catch (error) {
    return { exitCode: EXIT.unusable, stderr: t("edit-locked", { file, reason: (error as Error).message }) + "\n" };
  }
  try {
    return applyEdit(file, edit, t);
  } finally {
    await release();
  }
}

function applyEdit(file: string, edit: (source: SourceEdit) => void, t: Translate): CommandResult | undefined {
  const before = readFileSync(file);
  const raw = before.toString("utf8");
  const bom = raw.startsWith(BOM);
  const text = bom ? raw.slice(1) : raw;
  let after: string;
  try {
    const source = new SourceEdit(text);
    edit(source);
    after = source.result();
  } catch (error) {
    return { exitCode: EXIT.unusable, stderr: t("edit-failed", { file, reason: (error as Error).message }) + "\n" };
  }

  const decoded = decodePlanText(Buffer.from(after, "utf8"));
  const findings = decoded.ok ? checkPlan(file, parsePlan(decoded.text)) : [];
  if (hasErrors(findings))
    return { exitCode: EXIT.unusable, stderr: t("edit-would-break", { file, findings: findingsText(findings, 1, t) }) };

  if (!readFileSync(file).equals(before)) return { exitCode: EXIT.unusable, stderr: t("edit-conflict", { file }) + "\n" };
  writeFileAtomic.sync(file, (bom ? BOM : "") + after, { encoding: "utf8", fsync: true });
  return undefined;
}
