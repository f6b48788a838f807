import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dialogue, ROOT, SEED, tempDir } from "../helpers/cli.js";

describe("dialogue schema", () => {
  it("prints the schema's path, and copies it next to the plans", async () => {
    const run = await dialogue(["schema"]);
    expect(run.stdout.trim()).toBe(join(ROOT, "schemas/plan.schema.json"));
    const dir = tempDir();
    const copy = await dialogue(["schema", "--copy-to", dir]);
    expect(copy.code).toBe(0);
    expect(readFileSync(join(dir, "plan.schema.json"), "utf8")).toBe(readFileSync(join(ROOT, "schemas/plan.schema.json"), "utf8"));
    expect(copy.stdout).toContain("# yaml-language-server: $schema=plan.schema.json");
  });
});

describe("dialogue render --pdf", () => {
  it("says how to install LibreOffice when it cannot be found, after writing the DOCX", async () => {
    const out = tempDir();
    const run = await dialogue(["render", SEED, "-o", out, "--pdf"], { env: { PATH: "/nonexistent", DIALOGUE_SOFFICE: "" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("máy chưa cài LibreOffice");
    expect(run.stderr).toContain("libreoffice.org");
    expect(existsSync(join(out, "ke-hoach-doi-thoai-2021-ke-hoach.docx"))).toBe(true);
  });
});

describe("dialogue render --pdf with LibreOffice", () => {
  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].some((p) => existsSync(p));
  it.skipIf(!soffice)("writes a PDF beside each DOCX", async () => {
    const out = tempDir();
    const run = await dialogue(["render", SEED, "-o", out, "--pdf", "--only", "plan"]);
    expect(run.code, run.stderr).toBe(0);
    const pdf = join(out, "ke-hoach-doi-thoai-2021-ke-hoach.pdf");
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(run.stdout).toContain(`đã ghi ${pdf}`);
  });
});
