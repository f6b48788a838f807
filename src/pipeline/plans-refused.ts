import type { Finding } from "../findings.js";
import { UserError } from "../errors.js";

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
