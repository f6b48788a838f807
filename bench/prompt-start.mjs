// node bench/prompt-start.mjs [other/bin/dialogue.js …]: how long a clerk waits, in a terminal,
// from `dialogue init` to its first question (the prompt library is loaded only then). Runs the
// real binary in a pseudo-terminal (util-linux `script`), answers the question with Ctrl-C, and
// prints the median of BENCH_RUNS runs (after one untimed run that fills the compile cache),
// beside bare Node.js printing the same question. Binaries of other checkouts given as arguments
// are measured in turn with this one, so that all see the same machine noise.
import os from "node:os";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { median } from "./measure.mjs";

const FIRST_QUESTION = "Tỉnh (ví dụ Quảng Ngãi):";
const runs = Number(process.env.BENCH_RUNS ?? 15);
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const bins = [fileURLToPath(new URL("../bin/dialogue.js", import.meta.url)), ...process.argv.slice(2).map((p) => resolve(p))];
const cases = [
  ...bins.map((bin) => ({ name: bin, argv: [process.execPath, bin, "init", "ke-hoach.yaml"], times: [] })),
  {
    name: "bare node",
    argv: [process.execPath, "-e", `console.log(${JSON.stringify(FIRST_QUESTION)}); process.stdin.once("data", () => process.exit(0))`],
    times: [],
  },
];

function untilFirstQuestion(cwd, argv) {
  const command = argv.map(quote).join(" ");
  const start = process.hrtime.bigint();
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd, env: { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8", TERM: "xterm" } });
  let screen = "";
  let ms;
  child.stdout.on("data", (chunk) => {
    screen += chunk.toString();
    if (ms === undefined && stripVTControlCharacters(screen).includes(FIRST_QUESTION)) {
      ms = Number(process.hrtime.bigint() - start) / 1e6;
      child.stdin.write("\x03");
    }
  });
  const timer = setTimeout(() => child.kill(), 20_000);
  return new Promise((done, fail) =>
    child.on("close", () => {
      clearTimeout(timer);
      if (ms === undefined) fail(new Error(`no question on the screen:\n${stripVTControlCharacters(screen)}`));
      else done(ms);
    }),
  );
}

const scratch = mkdtempSync(join(os.tmpdir(), "dialogue-prompt-start-"));
try {
  for (const c of cases) await untilFirstQuestion(scratch, c.argv);
  for (let i = 0; i < runs; i++) for (const c of cases) c.times.push(await untilFirstQuestion(scratch, c.argv));
  console.log(`init → first question, ${runs} runs each, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}:`);
  for (const c of cases) console.log(`  median ${median(c.times).toFixed(0)} ms, min ${Math.min(...c.times).toFixed(0)} ms  ${c.name}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
