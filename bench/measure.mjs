import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const RSS_HOOK = fileURLToPath(new URL("./rss-on-exit.mjs", import.meta.url));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

/** Alternates the command with bare `node -e 0` so both see the same machine noise; medians and ratio. */
export function compareToBareNode(args, runs = 21) {
  const bare = [];
  const cmd = [];
  timeOnce(args); // warm the file cache
  for (let i = 0; i < runs; i++) {
    bare.push(timeOnce(["-e", "0"]));
    cmd.push(timeOnce(args));
  }
  const peak = spawnSync(process.execPath, ["--import", RSS_HOOK, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  const rssKb = Number(/maxrss-kb=(\d+)/.exec(String(peak.stderr))?.[1] ?? NaN);
  return { bareMs: median(bare), commandMs: median(cmd), ratio: median(cmd) / median(bare), peakMb: rssKb / 1024 };
}
