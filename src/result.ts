/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** What a command hands back to the entry point, which alone writes and exits. */
export interface CommandResult {
  exitCode: number;
  /** Text, or the bytes of a binary format (a workbook) going into a pipe, or bytes in pieces. */
  stdout?: Output;
  stderr?: string;
}

/**
 * Bytes handed over piece by piece and written as they are made: a 100,000-task JSON report
 * (57 MB) is never held whole. The pieces can be gone through once.
 */
export interface Pieces {
  pieces: Iterable<Uint8Array>;
}

/** What a command writes out. */
export type Output = string | Uint8Array | Pieces;

// A shape, not a class: each command is a bundle of its own, with its own copy of this module.
export const isPieces = (output: Output): output is Pieces => typeof output === "object" && !(output instanceof Uint8Array);

/** All of an output at once: for a caller that keeps it (a test) rather than writing it out. */
export const wholeOutput = (output: Output): string | Uint8Array => (isPieces(output) ? Buffer.concat([...output.pieces]) : output);
