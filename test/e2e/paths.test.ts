import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { safeName } from "../../src/commands/render.js";
import { dialogue, SEED, tempDir } from "../helpers/cli.js";

describe("paths and names from Windows offices", () => {
  it("handles folders and files with spaces and Vietnamese letters", async () => {
    const dir = join(tempDir(), "Kế hoạch năm 2021");
    mkdirSync(dir);
    const file = join(dir, "kế hoạch đối thoại.yaml");
    copyFileSync(SEED, file);
    expect((await dialogue(["validate", file])).code).toBe(0);
    const out = join(dir, "văn bản ra");
    const run = await dialogue(["render", file, "-o", out, "--only", "plan"]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(out, "kế hoạch đối thoại-ke-hoach.docx"))).toBe(true);
    expect((await dialogue(["task", file, "bao-cao-ly-son", "done", "--on", "2021-05-20"])).code).toBe(0);
  });

  it.each([
    ["ke:hoach?", "ke-hoach-"],
    ["kế hoạch. ", "kế hoạch"],
    ["a/b\\c", "a-b-c"],
    ["...", "van-ban"],
  ])("makes %j a safe file name: %j", (name, safe) => {
    expect(safeName(name)).toBe(safe);
  });
});
