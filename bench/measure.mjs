import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const RSS_HOOK = fileURLToPath(new URL("./rss-on-exit.mjs", import.meta.url));

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The Node.js binaries to measure under: this one, then each of BENCH_NODES (paths, separated by
 * ":"; empty for this one alone), or else those .ci/run fetched into .ci/nodes/<version>/package/bin/node.
 */
export function benchNodes(root) {
  const others = process.env.BENCH_NODES !== undefined
    ? process.env.BENCH_NODES.split(":").map((p) => p.trim()).filter(Boolean)
    : existsSync(join(root, ".ci/nodes"))
      ? readdirSync(join(root, ".ci/nodes")).map((v) => join(root, ".ci/nodes", v, "package/bin/node")).filter((p) => existsSync(p))
      : [];
  const all = [process.execPath, ...others].map((path) => ({ path, version: spawnSync(path, ["--version"], { encoding: "utf8" }).stdout?.trim() }));
  const seen = new Set();
  return all.filter((n) => n.version && !seen.has(n.version) && seen.add(n.version));
}

function timeOnce(command, args, env) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1", ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

/**
 * Alternates the command with bare `node -e 0` (the same binary) so both see the same machine
 * noise; medians and ratio, then the peak memory of one more run. `args` may be a function of the
 * run's number (the warming run is -1, the memory run `runs`), for a case that asks something new
 * each time.
 */
export function compareToBareNode(args, runs = 21, { node = process.execPath, env = {} } = {}) {
  const argsOf = typeof args === "function" ? args : () => args;
  const bare = [];
  const cmd = [];
  timeOnce(node, argsOf(-1), env); // warm the file cache (and the plan cache, when the case uses it)
  for (let i = 0; i < runs; i++) {
    bare.push(timeOnce(node, ["-e", "0"], env));
    cmd.push(timeOnce(node, argsOf(i), env));
  }
  const peak = spawnSync(node, ["--import", RSS_HOOK, ...argsOf(runs)], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1", ...env } });
  const rssKb = Number(/maxrss-kb=(\d+)/.exec(String(peak.stderr))?.[1] ?? NaN);
  return { bareMs: median(bare), commandMs: median(cmd), ratio: median(cmd) / median(bare), peakMb: rssKb / 1024 };
}

/** One job done two ways (each a list of commands run one after the other), alternating; medians of the totals. */
export function compareJobs(first, second, runs = 5, env = {}) {
  const total = (commands) => commands.reduce((sum, [command, ...args]) => sum + timeOnce(command, args, env), 0);
  total(first);
  total(second);
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(total(first));
    b.push(total(second));
  }
  return { firstMs: median(a), secondMs: median(b) };
}
