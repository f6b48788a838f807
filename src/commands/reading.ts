import { planCache } from "../pipeline/plan-cache.js";
import type { ReadOptions } from "../pipeline/read-plans.js";
import { progress } from "../present/progress.js";
import type { Context } from "./context.js";
import type { MessageKey } from "../i18n/keys.js";

/**
 * How a command reads plan files: through the plan cache unless `--no-cache` (cache: false), with
 * progress on a terminal's stderr while many files take long. `then` words the progress of a
 * second pass over the files; `end` clears the progress line.
 */
export function reading(cache: boolean | undefined, { env, terminal, streams, t }: Pick<Context, "env" | "terminal" | "streams" | "t">): Required<Pick<ReadOptions, "onFile">> & ReadOptions & { then(line: ProgressKey): void; end(): void } {
  const start = (line: ProgressKey) => progress({ stream: streams.stderr, isTTY: terminal.stderrIsTTY, env, clock: () => performance.now() }, (done, total) => t(line, { done, total }));
  let shown = start("progress-reading");
  return {
    cache: planCache(env, cache !== false),
    onFile: (done, total) => shown.update(done, total),
    then(line) {
      shown.end();
      shown = start(line);
    },
    end: () => shown.end(),
  };
}

type ProgressKey = Extract<MessageKey, `progress-${string}`>;
