/** Where progress goes and what decides whether it shows. */
export interface ProgressSink {
  stream: { write(text: string): unknown };
  /** Progress is for a person watching: only on a terminal. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds from any fixed point (performance.now); a parameter so that tests need not wait. */
  clock: () => number;
}

/** Work shorter than this shows nothing: a line that flashes and goes is noise. */
export const PROGRESS_AFTER_MS = 1000;
/** The line is redrawn at most this often. */
const REDRAW_EVERY_MS = 100;

/** Told how far the work is; writes one line, redrawn in place, and clears it at the end. */
export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

const NONE: Progress = { update: () => {}, end: () => {} };

/** Under CI (CI=true, as CI services set it) the log keeps every byte: no progress there. */
const underCi = (env: ProgressSink["env"]) => env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";

/**
 * Progress of long work on stderr (`line` words it): only on a terminal, never under CI, and only
 * once the work has lasted PROGRESS_AFTER_MS.
 */
export function progress(sink: ProgressSink, line: (done: number, total: number) => string): Progress {
  if (!sink.isTTY || underCi(sink.env)) return NONE;
  const start = sink.clock();
  let drawnAt: number | undefined;
  return {
    update(done, total) {
      const now = sink.clock();
      if (now - start < PROGRESS_AFTER_MS || (drawnAt !== undefined && now - drawnAt < REDRAW_EVERY_MS && done < total)) return;
      drawnAt = now;
      sink.stream.write(`\r${line(done, total)}\x1b[K`);
    },
    end() {
      if (drawnAt !== undefined) sink.stream.write("\r\x1b[K");
    },
  };
}
