// npm run bench: start-up and command costs as ratios to bare `node -e 0`, measured in the same run.
import os from "node:os";
import { compareToBareNode } from "./measure.mjs";

const SEED = "examples/ke-hoach-doi-thoai-2021.yaml";
const cases = [
  { name: "--version", args: ["bin/dialogue.js", "--version"], target: 1.5 },
  { name: "--help", args: ["bin/dialogue.js", "--help"], target: 1.5 },
  { name: "validate seed", args: ["bin/dialogue.js", "validate", SEED], target: 1.5 },
];

const runs = Number(process.env.BENCH_RUNS ?? 21);
console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${runs} alternating runs each`);
console.log("case".padEnd(18), "bare ms".padStart(8), "cmd ms".padStart(8), "ratio".padStart(7), "target".padStart(7), "peak MB".padStart(8));
let missed = 0;
for (const c of cases) {
  const r = compareToBareNode(c.args, runs);
  const ok = r.ratio <= c.target;
  if (!ok) missed++;
  console.log(
    c.name.padEnd(18),
    r.bareMs.toFixed(0).padStart(8),
    r.commandMs.toFixed(0).padStart(8),
    `${r.ratio.toFixed(2)}×`.padStart(7),
    `≤${c.target}×`.padStart(7),
    r.peakMb.toFixed(0).padStart(8),
    ok ? "" : "  MISSED",
  );
}
console.log(missed ? `${missed} case(s) over target` : "all cases within target");
