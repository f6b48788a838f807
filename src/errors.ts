import type { Finding, Params } from "./findings.js";
import type { MessageKey } from "./i18n/keys.js";

/**
 * A mistake the user can fix (an option, an id, a file, a template, a date out of range): the
 * entry point reports it as its message and the exit code, never as a stack trace.
 */
export class UserError extends Error {
  /** Each command is a bundle of its own, with its own copy of this class: recognise the mark, not the class. */
  readonly isUserError = true;

  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
    readonly exitCode = 2,
    /** Findings the message shows (as its `findings` parameter), worded and laid out by the entry point. */
    readonly findings?: readonly Finding[],
  ) {
    super(key);
  }

  static is(error: unknown): error is UserError {
    return error instanceof Error && (error as Partial<UserError>).isUserError === true;
  }
}

/** A mistake on the command line or in what it names: exit code 2 and the next step. */
export class UsageError extends UserError {}
