/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** What a command hands back to the entry point, which alone writes and exits. */
export interface CommandResult {
  exitCode: number;
  /** Text, or the bytes of a binary format (a workbook) going into a pipe. */
  stdout?: string | Uint8Array;
  stderr?: string;
}
