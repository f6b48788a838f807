import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatePlans } from "../../bench/generate-plans.mjs";
import { BIN, dialogue, tempDir } from "../helpers/cli.js";

// Progress on long work (#15.5), through a real terminal: `script` gives the tool one.
const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return process.platform === "linux";
  } catch {
    return false;
  }
})();

/** Enough plans that checking them all, without the cache, lasts well over a second. */
function manyPlans(): string[] {
  const dir = tempDir();
  generatePlans(dir, 150, 100);
  return Array.from({ length: 150 }, (_, i) => join(dir, `ke-hoach-${String(i).padStart(3, "0")}.yaml`));
}

/** Everything the terminal received from the command. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const command = [process.execPath, BIN, ...args].map((word) => `'${word}'`).join(" ");
  return new Promise((done) =>
    execFile("script", ["-qec", command, "/dev/null"], { env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, LANG: "C.UTF-8", NO_COLOR: "1", ...env }, maxBuffer: 64 * 1024 * 1024 }, (_, stdout) => done(stdout)),
  );
}

describe.skipIf(!hasScript)("progress on long work", () => {
  const files = manyPlans();

  it("shows on a terminal, counts the files, and is cleared before the result", async () => {
    const shown = await onTerminal(["validate", ...files, "--no-cache"]);
    expect(shown).toContain("đang đọc tệp kế hoạch");
    expect(shown).toContain("150/150");
    expect(shown).toContain("\r\x1b[K"); // the line is cleared…
    expect(shown.trimEnd().endsWith("đã kiểm tra 150 tệp: không có lỗi.")).toBe(true); // …and the summary stands alone
  });

  it("never under CI=true, and never when stderr is piped", async () => {
    expect(await onTerminal(["validate", ...files, "--no-cache"], { CI: "true" })).not.toContain("đang đọc");
    const piped = await dialogue(["validate", ...files, "--no-cache"]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe("");
  });
});
