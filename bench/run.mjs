// npm run bench: command costs as ratios to bare `node -e 0` measured in the same run, plus peak memory.
import os from "node:os";
import { join } from "node:path";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { generatePlans } from "./generate-plans.mjs";
import { hostilePlans } from "./hostile-plans.mjs";
import { compareToBareNode } from "./measure.mjs";

const SEED = "examples/ke-hoach-doi-thoai-2021.yaml";
const runs = Number(process.env.BENCH_RUNS ?? 15);
const scratch = mkdtempSync(join(os.tmpdir(), "dialogue-bench-"));
const sizes = [1_000, 3_000, 10_000];
const folders = Object.fromEntries(
  sizes.map((tasks) => {
    const dir = join(scratch, String(tasks));
    generatePlans(dir, 100, tasks / 100);
    return [tasks, readdirSync(dir).map((f) => join(dir, f))];
  }),
);

// 1 MB plans each built for one check's worst case (issue #11 item 9): target under 2 s each;
// a valid plan of the same size first, for the cost of reading that much YAML at all.
generatePlans(join(scratch, "valid"), 1, 4_500);
const hostile = [["a valid plan, 4,500 tasks", null], ...Object.entries(hostilePlans)].map(([name, make]) => {
  if (!make) return { name: `1 MB: ${name}`, args: ["bin/dialogue.js", "validate", ...readdirSync(join(scratch, "valid")).map((f) => join(scratch, "valid", f))], target: "", runs: 3 };
  const file = join(scratch, `${name.replace(/ /g, "-")}.yaml`);
  writeFileSync(file, make());
  return { name: `1 MB: ${name}`, args: ["bin/dialogue.js", "validate", file], target: "<2 s", runs: 3 };
});

const cases = [
  { name: "--version", args: ["bin/dialogue.js", "--version"], target: "≤1.5×" },
  { name: "--help", args: ["bin/dialogue.js", "--help"], target: "≤1.5×" },
  { name: "validate seed", args: ["bin/dialogue.js", "validate", SEED], target: "≤1.5×" },
  { name: "status seed", args: ["bin/dialogue.js", "status", SEED, "--as-of", "2021-04-01"], target: "" },
  { name: "render seed", args: ["bin/dialogue.js", "render", SEED, "-o", join(scratch, "out")], target: "≤3×" },
  ...sizes.map((tasks) => ({
    name: `validate ${tasks / 1000}k tasks`,
    args: ["bin/dialogue.js", "validate", ...folders[tasks]],
    target: "",
    runs: 5,
  })),
  ...sizes.map((tasks) => ({
    name: `status ${tasks / 1000}k tasks`,
    args: ["bin/dialogue.js", "status", ...folders[tasks], "--as-of", "2021-06-01", "--format", "json"],
    target: tasks === 10_000 ? "<1 s, <150 MB" : "",
    runs: 5,
  })),
  ...hostile,
].filter((c) => !process.env.BENCH_FILTER || c.name.includes(process.env.BENCH_FILTER));

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}; medians of alternating runs`);
console.log("case".padEnd(36), "bare ms".padStart(8), "cmd ms".padStart(8), "ratio".padStart(8), "peak MB".padStart(8), "  target");
const results = {};
for (const c of cases) {
  const r = compareToBareNode(c.args, c.runs ?? runs);
  results[c.name] = r;
  console.log(c.name.padEnd(36), r.bareMs.toFixed(0).padStart(8), r.commandMs.toFixed(0).padStart(8), `${r.ratio.toFixed(2)}×`.padStart(8), r.peakMb.toFixed(0).padStart(8), `  ${c.target}`);
}
if (!results["status 1k tasks"] || !results["status 10k tasks"] || !results["validate 1k tasks"] || !results["validate 10k tasks"]) {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}
const small = results["status 1k tasks"].commandMs - results["status 1k tasks"].bareMs;
const large = results["status 10k tasks"].commandMs - results["status 10k tasks"].bareMs;
console.log(`status growth: 10× the tasks costs ${(large / small).toFixed(1)}× the time above bare start-up (target ≤ 12×)`);
const vSmall = results["validate 1k tasks"].commandMs - results["validate 1k tasks"].bareMs;
const vLarge = results["validate 10k tasks"].commandMs - results["validate 10k tasks"].bareMs;
console.log(`validate growth: 10× the tasks costs ${(vLarge / vSmall).toFixed(1)}× the time above bare start-up`);
rmSync(scratch, { recursive: true, force: true });
