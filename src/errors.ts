import type { MessageKey } from "./i18n/messages.js";
import type { Params } from "./i18n/translate.js";

/** A mistake of the user (an option, an id, a template): reported with exit code 2 and the next step. */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
  }
}
