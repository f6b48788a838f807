import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDocuments } from "../helpers/docx.js";
import { describe, expect, it } from "vitest";
import { dialogue, ROOT, tempDir } from "../helpers/cli.js";

const DIR = join(ROOT, "test/fixtures/bad");
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, { exit: number; findings: string[] }>;
const cases = Object.entries(expected).filter(([name]) => !name.startsWith("$"));

describe("the corpus of bad plans", () => {
  it.each(cases)("%s gives exactly its findings and exit code, never a stack trace", async (name, want) => {
    const run = await dialogue(["validate", join(DIR, name), "--format", "json"]);
    const findings = JSON.parse(run.stdout) as { code: string; line: number; column: number; message: string }[];
    expect(findings.map((f) => `${f.code}@${f.line}`)).toEqual(want.findings);
    expect(run.code).toBe(want.exit);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    for (const f of findings) expect(f.message.length).toBeGreaterThan(10);
  });

  it("refuses the alias bomb fast", async () => {
    const start = performance.now();
    await dialogue(["validate", join(DIR, "alias-bomb.yaml")]);
    expect(performance.now() - start).toBeLessThan(10_000); // a sanity bound, not a benchmark: expansion would never finish
  });

  it("gives the same status and render for NFD text as for NFC", async () => {
    const nfd = join(DIR, "nfd-text.yaml");
    const run = await dialogue(["status", nfd, "--as-of", "2021-01-01", "--format", "json"]);
    const report = JSON.parse(run.stdout);
    expect(report.units[0].name).toBe("Ban Dân vận Tỉnh ủy".normalize("NFC"));
    expect(report.units[0].name).not.toBe("Ban Dân vận Tỉnh ủy".normalize("NFD"));

    const nfc = join(tempDir(), "nfd-text.yaml");
    writeFileSync(nfc, readFileSync(nfd, "utf8").normalize("NFC"));
    const [fromNfd, fromNfc] = [Object.values(await renderDocuments(nfd))[0], Object.values(await renderDocuments(nfc))[0]];
    expect(fromNfd.texts().join("\n")).toContain("Ban Dân vận Tỉnh ủy".normalize("NFC"));
    expect(fromNfd.texts()).toEqual(fromNfc.texts());
  });
});
