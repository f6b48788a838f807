// node bench/prompt-start.mjs: how long a clerk waits, in a terminal, from `dialogue init` to its
// first question (the prompt library is loaded only then). Runs the real binary in a
// pseudo-terminal (util-linux `script`), answers the question with Ctrl-C, and prints the median of
// BENCH_RUNS runs (after one untimed run that fills the compile cache), beside bare Node.js.
import os from "node:os";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { median } from "./measure.mjs";

const BIN = fileURLToPath(new URL("../bin/dialogue.js", import.meta.url));
const FIRST_QUESTION = "Tỉnh (ví dụ Quảng Ngãi):";
const runs = Number(process.env.BENCH_RUNS ?? 15);
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

const INIT = [process.execPath, BIN, "init", "ke-hoach.yaml"];
// The same pseudo-terminal and Node.js printing the question at once: what the tool adds is the difference.
const BARE = [process.execPath, "-e", `console.log(${JSON.stringify(FIRST_QUESTION)}); setTimeout(() => {}, 5000); process.stdin.once("data", () => process.exit(0))`];

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
  await untilFirstQuestion(scratch, INIT);
  const [init, bare] = [[], []];
  for (let i = 0; i < runs; i++) {
    init.push(await untilFirstQuestion(scratch, INIT));
    bare.push(await untilFirstQuestion(scratch, BARE));
  }
  const ms = (times) => `median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms`;
  console.log(`init → first question: ${ms(init)}; bare node in the same terminal: ${ms(bare)}; ${runs} runs each, load ${os.loadavg()[0].toFixed(2)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
