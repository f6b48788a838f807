// npm run bench: command costs as ratios to bare `node -e 0` measured in the same run, plus peak
// memory, under every Node.js found (bench/measure.mjs: benchNodes). "warm" runs find their plans
// in the plan cache (a cache folder of the benchmark's own, filled by an untimed first run);
// "cold" ones pass --no-cache and check every plan as a first run would.
import os from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { generatePlans } from "./generate-plans.mjs";
import { hostilePlans } from "./hostile-plans.mjs";
import { benchNodes, compareJobs, compareToBareNode } from "./measure.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = "bin/dialogue.js";
const SEED = "examples/ke-hoach-doi-thoai-2021.yaml";
const runs = Number(process.env.BENCH_RUNS ?? 15);
const filter = process.env.BENCH_FILTER;
/** Cases whose name holds this are left out (BENCH_SKIP="1 MB": not the hostile plans). */
const skip = process.env.BENCH_SKIP;
const scratch = mkdtempSync(join(os.tmpdir(), "dialogue-bench-"));
const out = join(scratch, "out");

const sizes = [1_000, 3_000, 10_000];
const folders = Object.fromEntries(
  sizes.map((tasks) => {
    const dir = join(scratch, String(tasks));
    generatePlans(dir, 100, tasks / 100);
    return [tasks, readdirSync(dir).map((f) => join(dir, f))];
  }),
);
const lazyFolder = (name, make) => () => {
  const dir = join(scratch, name);
  make(dir);
  return readdirSync(dir).map((f) => join(dir, f));
};
const large = lazyFolder("100000", (dir) => generatePlans(dir, 100, 1_000));

const status = (files, ...more) => [BIN, "status", ...files, "--as-of", "2021-06-01", "--format", "json", ...more];
const dayAfter = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const validate = (files, ...more) => [BIN, "validate", ...files, ...more];

/** Cases measured under every Node.js. */
const everyNode = [
  { name: "--version", args: [BIN, "--version"] },
  { name: "--help", args: [BIN, "--help"] },
  { name: "validate seed", args: validate([SEED]), target: "≤1.4×" },
  { name: "validate seed, cold", args: validate([SEED], "--no-cache") },
  { name: "status seed", args: status([SEED]) },
  { name: "render seed", args: [BIN, "render", SEED, "-o", out], target: "≤2.0×" },
  { name: "render seed, cold", args: [BIN, "render", SEED, "-o", out, "--no-cache"] },
  { name: "validate 10k tasks", args: validate(folders[10_000]), runs: 7 },
  { name: "validate 10k tasks, cold", args: validate(folders[10_000], "--no-cache"), runs: 5 },
  { name: "status 10k tasks", args: status(folders[10_000]), target: "≤3×", runs: 7 },
  { name: "status 10k tasks, cold", args: status(folders[10_000], "--no-cache"), runs: 5 },
  // The next morning: the plans are kept, but not the rows of that day nor its report. Each run asks
  // about another day; five runs, so that the rows and reports they add (about 9 MB a day) stay
  // within the cache's bound and evict no plan.
  { name: "status 10k tasks, another day", eachRun: (i) => [BIN, "status", ...folders[10_000], "--as-of", dayAfter("2021-07-01", i + 1), "--format", "json"], runs: 5 },
];

/** Cases measured under this Node.js only: growth, memory, the 1 MB hostile plans. */
const thisNodeOnly = [
  ...[1_000, 3_000].flatMap((tasks) => [
    { name: `validate ${tasks / 1000}k tasks, cold`, args: validate(folders[tasks], "--no-cache"), runs: 5 },
    { name: `status ${tasks / 1000}k tasks, cold`, args: status(folders[tasks], "--no-cache"), runs: 5 },
  ]),
  // The table a clerk reads at a terminal, drawn for 10,000 tasks (cli-table3; scripts/build.mjs, fastTables).
  { name: "status 10k tasks as text, another day", eachRun: (i) => [BIN, "status", ...folders[10_000], "--as-of", dayAfter("2021-09-01", i + 1)], runs: 3 },
  { name: "status 100k tasks, cold", args: () => status(large(), "--no-cache"), target: "<300 MB", runs: 1 },
  { name: "status 100k tasks", args: () => status(large()), target: "<300 MB", runs: 1 },
  ...[["a valid plan, 4,500 tasks", null], ...Object.entries(hostilePlans)].map(([name, make]) => ({
    name: `1 MB: ${name}`,
    args: () => {
      const dir = join(scratch, "hostile");
      mkdirSync(dir, { recursive: true });
      if (!make) generatePlans(join(dir, "valid"), 1, 4_500);
      const file = make ? join(dir, `${name.replace(/ /g, "-")}.yaml`) : join(dir, "valid", readdirSync(join(dir, "valid"))[0]);
      if (make) writeFileSync(file, make());
      return validate([file], "--no-cache");
    },
    target: make ? "<2 s" : "",
    runs: 3,
  })),
];

const chosen = (cases) => cases.filter((c) => (!filter || c.name.includes(filter)) && (!skip || !c.name.includes(skip)));
const nodes = benchNodes(ROOT);
const results = new Map();
console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; medians of ${runs} alternating runs (fewer for the large cases)`);
for (const [n, node] of nodes.entries()) {
  const env = { XDG_CACHE_HOME: join(scratch, `cache-${node.version}`) };
  console.log(`\nnode ${node.version}`);
  console.log("case".padEnd(36), "bare ms".padStart(8), "cmd ms".padStart(8), "ratio".padStart(8), "peak MB".padStart(8), "  target");
  for (const c of chosen(n === 0 ? [...everyNode, ...thisNodeOnly] : everyNode)) {
    const args = c.eachRun ?? (typeof c.args === "function" ? c.args() : c.args);
    const r = compareToBareNode(args, c.runs ?? runs, { node: node.path, env });
    results.set(`${node.version} ${c.name}`, r);
    console.log(c.name.padEnd(36), r.bareMs.toFixed(0).padStart(8), r.commandMs.toFixed(0).padStart(8), `${r.ratio.toFixed(2)}×`.padStart(8), r.peakMb.toFixed(0).padStart(8), `  ${c.target ?? ""}`);
  }
  if (n === 0) growthLines(node.version);
  if (n === 0 && (!filter || "render 20 plans".includes(filter))) renderAgainstPandoc(node, env);
}
if (nodes.length > 1) {
  console.log("\nratio to bare node by version");
  const names = everyNode.map((c) => c.name).filter((name) => results.has(`${nodes[0].version} ${name}`));
  console.log("case".padEnd(36), ...nodes.map((n) => n.version.padStart(10)));
  for (const name of names) console.log(name.padEnd(36), ...nodes.map((n) => `${results.get(`${n.version} ${name}`)?.ratio.toFixed(2) ?? "–"}×`.padStart(10)));
}
rmSync(scratch, { recursive: true, force: true });

function growthLines(version) {
  const above = (name) => results.get(`${version} ${name}`) && results.get(`${version} ${name}`).commandMs - results.get(`${version} ${name}`).bareMs;
  for (const command of ["status", "validate"]) {
    const small = above(`${command} 1k tasks, cold`);
    const big = above(`${command} 10k tasks, cold`);
    if (small && big) console.log(`${command} growth (cold): 10× the tasks costs ${(big / small).toFixed(1)}× the time above bare start-up (target ≤ 12×)`);
  }
}

/**
 * Issue #15.4: `render` of 20 plans in one call against 20 pandoc conversions (Markdown → DOCX) of
 * the same texts, when pandoc is installed.
 */
function renderAgainstPandoc(node, env) {
  const pandoc = spawnSync("pandoc", ["--version"], { encoding: "utf8" });
  if (pandoc.status !== 0) return console.log("render 20 plans vs 20 pandoc runs: skipped, pandoc is not installed");
  const dir = join(scratch, "twenty");
  generatePlans(dir, 20, 30);
  const plans = readdirSync(dir).map((f) => join(dir, f));
  const markdown = plans.map((file) => {
    const md = file.replace(/\.yaml$/, ".md");
    writeFileSync(md, planMarkdown(parse(readFileSync(file, "utf8"))));
    return md;
  });
  const theirs = markdown.map((md) => ["pandoc", md, "-o", md.replace(/\.md$/, ".docx")]);
  // Warm, every document is found in the plan cache and copied; cold (--no-cache), each is written.
  for (const [how, more] of [["warm", []], ["cold", ["--no-cache"]]]) {
    const ours = [[node.path, BIN, "render", ...plans, "--only", "plan", "-o", join(scratch, "twenty-out"), ...more]];
    const { firstMs, secondMs } = compareJobs(ours, theirs, 5, env);
    console.log(`render 20 plans in one call (${how}): ${firstMs.toFixed(0)} ms; 20 pandoc runs (${pandoc.stdout.split("\n")[0]}): ${secondMs.toFixed(0)} ms; ratio ${(firstMs / secondMs).toFixed(2)}× (target < 1×)`);
  }
}

/** The plan's texts as Markdown: what the plan document says, for pandoc to lay out. */
function planMarkdown(plan) {
  const lines = [`# KẾ HOẠCH ${plan.summary}`, "", `${plan.issuer.name}, ${plan.place}, ${plan.date}`, ""];
  for (const [i, s] of (plan.sessions ?? []).entries()) lines.push(`${i + 1}. ${s.theme}`);
  lines.push("", "## Tổ chức thực hiện", "");
  for (const item of plan.implementation ?? []) {
    lines.push(`**${item.units.join(", ")}**`, "");
    for (const task of item.tasks ?? []) lines.push(`- ${task.text}`);
    lines.push("");
  }
  return lines.join("\n");
}
