import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, dialogue } from "../helpers/cli.js";

/** Runs the generated bash completion as bash would for the words typed so far. */
function complete(words: string[]): string[] {
  const script = `source <(${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} completion bash)
COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(" ")}); COMP_CWORD=${words.length - 1}; _dialogue; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync("bash", ["-c", script], { encoding: "utf8" }).split("\n").filter(Boolean);
}

describe("dialogue completion", () => {
  it("completes commands and each command's options in bash", () => {
    expect(complete(["dialogue", "val"])).toEqual(["validate"]);
    expect(complete(["dialogue", "status", "--as"])).toEqual(["--as-of"]);
    expect(complete(["dialogue", "render", "--p"]).sort()).toEqual(["--pdf", "--period", "--profile"]);
  });

  it("prints zsh and PowerShell scripts, and refuses an unknown shell", async () => {
    expect((await dialogue(["completion", "zsh"])).stdout).toContain("bashcompinit");
    const ps = await dialogue(["completion", "powershell"]);
    expect(ps.stdout).toContain("Register-ArgumentCompleter -Native -CommandName dialogue");
    expect(ps.stdout).toContain("'calendar' = @('--output', '-o', '--no-cache', '--lang')");
    const fish = await dialogue(["completion", "fish"]);
    expect(fish.code).toBe(2);
    expect(fish.stderr).toContain("bash (Linux, Git Bash), zsh (macOS), powershell (Windows)");
  });
});
