import { spawn } from "node:child_process";
import { stripVTControlCharacters } from "node:util";
import { BIN } from "./cli.js";

/** Only Linux's `script` (util-linux) is driven here; the prompts themselves are the same everywhere. */
export const HAS_TERMINAL = process.platform === "linux";

export interface TerminalRun {
  code: number;
  /** What the clerk saw, without the terminal's control sequences. */
  screen: string;
  /** The questions never asked. */
  left: string[];
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the real `dialogue` binary in a pseudo-terminal (through `script`), typing each answer
 * when its question appears on the screen, as a clerk would.
 */
export function inTerminal(args: string[], answers: [string, string][], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<TerminalRun> {
  const command = [process.execPath, BIN, ...args].map(quote).join(" ");
  const child = spawn("script", ["-qfec", command, "/dev/null"], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.DIALOGUE_TEST_TOOL_TMPDIR, NO_COLOR: "1", LANG: "C.UTF-8", TERM: "xterm", ...options.env },
  });
  const script = [...answers];
  let raw = "";
  let seen = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    raw += chunk.toString();
    const screen = stripVTControlCharacters(raw);
    const next = script[0];
    const at = next ? screen.indexOf(next[0], seen) : -1;
    if (next && at >= 0) {
      script.shift();
      seen = at + next[0].length;
      setTimeout(() => child.stdin.write(next[1]), 30);
    }
  });
  let hung = false;
  const timer = setTimeout(() => ((hung = true), child.kill()), 20_000);
  return new Promise((done) =>
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code: hung ? -1 : (code ?? -1), screen: stripVTControlCharacters(raw), left: script.map(([q]) => q) });
    }),
  );
}
