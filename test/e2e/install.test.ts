import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";

const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const README = readFileSync(join(ROOT, "README.md"), "utf8");
/** The README's one install step, as a clerk copies it. */
const INSTALL_STEP = /^npm install --global --ignore-scripts \.$/m;

describe("installing dialogue as a command (README: Quick start)", () => {
  it("the README's step makes `dialogue` a command that runs from any folder, with completion for it", () => {
    expect(README).toMatch(INSTALL_STEP);
    const prefix = tempDir();
    const env = { ...process.env, npm_config_prefix: prefix, npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false" };
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const out = execFileSync(npm, ["install", "--global", "--ignore-scripts", "."], { cwd: ROOT, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], shell: process.platform === "win32" });
    expect(out).toContain("added 1 package");
    const bin = process.platform === "win32" ? prefix : join(prefix, "bin");
    const elsewhere = tempDir();
    const PATH = `${bin}${process.platform === "win32" ? ";" : ":"}${process.env.PATH}`;
    const run = (args: string) => execFileSync(process.platform === "win32" ? "dialogue.cmd" : "dialogue", args.split(" "), { cwd: elsewhere, env: { PATH, HOME: process.env.HOME, LANG: "C.UTF-8" }, encoding: "utf8", shell: process.platform === "win32" });
    expect(run("--version").trim()).toBe(version);
    if (process.platform !== "win32") {
      const words = execFileSync("bash", ["-c", `source <(dialogue completion bash); COMP_WORDS=(dialogue val); COMP_CWORD=1; _dialogue; echo "\${COMPREPLY[@]}"`], { cwd: elsewhere, env: { PATH, HOME: process.env.HOME }, encoding: "utf8" });
      expect(words.trim()).toBe("validate");
    }
  });
});
