import { realpathSync } from "node:fs";
import { EXIT, type CommandResult } from "../result.js";
import type { Translate } from "../i18n/translate.js";
import { MAX_PLAN_BYTES, readRegularFile, type BytesResult, type SourceResult } from "../load/read-source.js";
import { checkBytes, fileFinding } from "../pipeline/check.js";
import { PlansRefused } from "../pipeline/valid-plans.js";
import type { Plan } from "../plan/types.gen.js";
import { hasErrors } from "../validate/check-plan.js";
import { UserError } from "../errors.js";
import { EditError } from "./edit-error.js";
import { withPlanLock, type HeldLock } from "./plan-lock.js";
import { removeLeftovers, replaceFile } from "./safe-write.js";
import { SourceEdit } from "./source-edit.js";

const BOM = "\uFEFF";

/** What a command makes of the plan as it is on disk now: the change to write and what to say. */
export interface PlannedEdit {
  /** The change; none when the plan already says what the command asks. */
  change?: (source: SourceEdit) => void;
  /** Said once the change is written. */
  done: string;
  /** Said when the plan already says it, and nothing is written. */
  unchanged: string;
}

/**
 * Applies an edit to a plan file safely. Under the plan's lock: reads the file, checks it, lets the
 * command find its task or session there and decide (so the edit lands on what the id names now,
 * whatever was inserted above it meanwhile), then checks the new bytes as every later read will
 * (size, UTF-8, YAML, schema, rules) and replaces the file whole — only if it still holds the bytes
 * read under the lock. Usage errors thrown by `decide` reach the command as they are.
 */
export async function updatePlanFile(file: string, decide: (plan: Plan) => PlannedEdit, t: Translate): Promise<CommandResult> {
  let target: string;
  try {
    target = realpathSync(file); // a link to the plan: edit (and lock) the plan itself
  } catch (error) {
    throw new PlansRefused([fileFinding(file, readFailure(file, error))], [], 1);
  }
  return withPlanLock(target, (lock) => applyEdit(file, target, decide, t, lock), { shownAs: file });
}

function applyEdit(file: string, target: string, decide: (plan: Plan) => PlannedEdit, t: Translate, lock: HeldLock): CommandResult {
  const read = readPlanBytes(target);
  if (!read.ok) throw new PlansRefused([fileFinding(file, read)], [], 1);
  const before = checkBytes(file, read.bytes);
  if (!before.plan) throw new PlansRefused(before.findings, before.parsed ? [file] : [], 1);

  const planned = decide(before.plan);
  const raw = read.bytes.toString("utf8");
  const bom = raw.startsWith(BOM);
  const text = bom ? raw.slice(1) : raw;
  let after: Buffer;
  try {
    // The plan was read normalised to NFC; its YAML tree serves the edit when that changed nothing
    const source = new SourceEdit(text, before.parsed?.text === text ? before.parsed.doc : undefined);
    planned.change?.(source);
    after = Buffer.from((bom ? BOM : "") + source.result(), "utf8");
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    const reason = t(error.key, { path: error.path.join(".") });
    return { exitCode: EXIT.unusable, stderr: t("edit-failed", { file, reason }) + "\n" };
  }
  if (after.equals(read.bytes)) return { exitCode: EXIT.ok, stdout: planned.unchanged + "\n" };

  const checked = checkBytes(file, after);
  if (hasErrors(checked.findings))
    throw new UserError("edit-would-break", { file }, EXIT.unusable, checked.findings);

  removeLeftovers(target);
  const now = readPlanBytes(target);
  if (!lock.held() || !now.ok || !now.bytes.equals(read.bytes)) return { exitCode: EXIT.unusable, stderr: t("edit-conflict", { file }) + "\n" };
  replaceFile(target, after);
  return { exitCode: EXIT.ok, stdout: planned.done + "\n" };
}

/**
 * The one place an edit reads the plan's bytes, with the checks of every read (a folder, the size
 * limit, also on the bytes actually read). The safe reading of input files replaces it as a whole.
 */
export function readPlanBytes(file: string): BytesResult {
  return readRegularFile(file, MAX_PLAN_BYTES);
}

function readFailure(file: string, error: unknown): Extract<SourceResult, { ok: false }> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, code: "input-missing", params: { file } };
  return { ok: false, code: "input-unreadable", params: { reason: code ?? String(error) } };
}


