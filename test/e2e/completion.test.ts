import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, dialogue, SON_NGUYEN, tempDir } from "../helpers/cli.js";

/** A `dialogue` command on the PATH, as the README's install step makes it, for the script to call. */
const commandDir = (() => {
  const dir = tempDir();
  const command = join(dir, "dialogue");
  writeFileSync(command, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(command, 0o755);
  return dir;
})();

const sh = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** Runs the generated bash completion as bash would for the words typed so far (as bash splits them: an escaped space stays in the word). */
function complete(words: string[], cwd?: string): string[] {
  const script = `source <(dialogue completion bash)
COMP_WORDS=(${words.map(sh).join(" ")}); COMP_CWORD=${words.length - 1}; _dialogue; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync("bash", ["-c", script], { encoding: "utf8", cwd, env: { PATH: `${commandDir}:${process.env.PATH}`, HOME: process.env.HOME } }).split("\n").filter(Boolean);
}

describe("dialogue completion", () => {
  it("completes commands and each command's options in bash", () => {
    expect(complete(["dialogue", "val"])).toEqual(["validate"]);
    expect(complete(["dialogue", "status", "--as"])).toEqual(["--as-of"]);
    expect(complete(["dialogue", "render", "--p"]).sort()).toEqual(["--pdf", "--period", "--profile"]);
  });

  it("offers the ids of the plan named on the line: sessions, tasks and units", () => {
    const dir = tempDir();
    copyFileSync(SON_NGUYEN, join(dir, "kh.yaml"));
    expect(complete(["dialogue", "session", "kh.yaml", ""], dir).sort()).toEqual(["dat-dai", "doanh-nghiep", "thanh-nien"]);
    expect(complete(["dialogue", "record", "kh.yaml", "d"], dir).sort()).toEqual(["dat-dai", "doanh-nghiep"]);
    expect(complete(["dialogue", "task", "kh.yaml", "kl-g"], dir).sort()).toEqual(["kl-gia-dat-vuon", "kl-giao-dat-tai-dinh-cu"]);
    expect(complete(["dialogue", "task", "kh.yaml", "kl-nuoc-sach", ""], dir).sort()).toEqual(["cancelled", "done", "in_progress", "open"]);
    expect(complete(["dialogue", "task", "kh.yaml", "kl-nuoc-sach", "done", "--session", ""], dir).sort()).toEqual(["dat-dai", "doanh-nghiep", "thanh-nien"]);
    expect(complete(["dialogue", "status", "kh.yaml", "--unit", "ubnd"], dir)).toEqual(["ubnd-tinh"]);
    expect(complete(["dialogue", "render", "--session", "th", "kh.yaml"].slice(0, 4), dir)).toEqual([]); // no plan named yet: nothing to offer
  });

  it("offers the values of --state, --format, --period and --only", () => {
    expect(complete(["dialogue", "status", "kh.yaml", "--state", "d"]).sort()).toEqual(["done_late", "done_on_time", "due_soon"]);
    expect(complete(["dialogue", "status", "kh.yaml", "--format", ""]).sort()).toEqual(["csv", "json", "text", "xlsx"]);
    expect(complete(["dialogue", "status", "kh.yaml", "--period", "q"]).sort()).toEqual(["q1", "q2", "q3", "q4"]);
    expect(complete(["dialogue", "render", "kh.yaml", "--only", "m"])).toEqual(["minutes"]);
    expect(complete(["dialogue", "validate", "--format", ""]).sort()).toEqual(["json", "text"]);
  });

  it("completes folder and file names with spaces as one word", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "Kế hoạch 2026"));
    writeFileSync(join(dir, "Kế hoạch 2026", "ke hoach.yaml"), "");
    expect(complete(["dialogue", "validate", "Kế"], dir)).toEqual(["Kế hoạch 2026"]);
    expect(complete(["dialogue", "validate", "Kế\\ hoạch\\ 2026/k"], dir)).toEqual(["Kế hoạch 2026/ke hoach.yaml"]);
    expect(complete(["dialogue", "render", "x.yaml", "-o", "K"], dir)).toEqual(["Kế hoạch 2026"]);
  });

  it("prints zsh and PowerShell scripts, and refuses an unknown shell", async () => {
    expect((await dialogue(["completion", "zsh"])).stdout).toContain("bashcompinit");
    const ps = await dialogue(["completion", "powershell"]);
    expect(ps.stdout).toContain("Register-ArgumentCompleter -Native -CommandName dialogue");
    expect(ps.stdout).toContain("'calendar' = @('--output', '-o', '--no-cache', '--lang')");
    expect(ps.stdout).toContain("'status --state' = @('overdue', 'due_soon'");
    const fish = await dialogue(["completion", "fish"]);
    expect(fish.code).toBe(2);
    expect(fish.stderr).toContain("bash (Linux, Git Bash), zsh (macOS), powershell (Windows)");
  });
});
