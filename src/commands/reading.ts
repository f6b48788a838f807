import { planCache } from "../pipeline/plan-cache.js";
import type { ReadOptions } from "../pipeline/read-plans.js";
import { progress } from "../present/progress.js";
import type { Context } from "./context.js";

/**
 * How a command reads plan files: through the plan cache unless `--no-cache` (cache: false), with
 * progress on a terminal's stderr while many files take long. `end` clears the progress line.
 */
export function reading(cache: boolean | undefined, { env, terminal, streams, t }: Pick<Context, "env" | "terminal" | "streams" | "t">): Required<Pick<ReadOptions, "onFile">> & ReadOptions & { end(): void } {
  const shown = progress({ stream: streams.stderr, isTTY: terminal.stderrIsTTY, env, clock: () => performance.now() }, (done, total) => t("progress-reading", { done, total }));
  return { cache: planCache(env, cache !== false), onFile: (done, total) => shown.update(done, total), end: () => shown.end() };
}
