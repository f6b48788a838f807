import { copyFileSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../../test/helpers/cli.js";
import { main, type Io } from "../cli/main.js";
import { wholeOutput } from "../result.js";

// A status report is kept in the plan cache under the stamps of every plan's check and the
// question asked (status.ts). In-process, so that many changes can be tried.

const EXAMPLES = ["ke-hoach-doi-thoai-2021.yaml", "ke-hoach-doi-thoai-2024-son-nguyen.yaml", "ke-hoach-tiep-dan-2025-xa-phuoc-an.yaml"];
const NOW = new Date("2025-04-01T03:00:00Z");
const io = (): Io => ({ stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, columns: undefined });

describe("a kept status report", () => {
  it("any change of one plan's bytes among several, even keeping its length and time, answers as --no-cache does", async () => {
    const folder = tempDir();
    const files = EXAMPLES.map((name) => join(folder, name));
    EXAMPLES.forEach((name, i) => copyFileSync(join(ROOT, "examples", name), files[i]));
    const originals = files.map((file) => readFileSync(file));
    const times = files.map((file) => statSync(file).mtime);
    const env = { LANG: "C.UTF-8", XDG_CACHE_HOME: tempDir() };
    const status = async (...more: string[]) => {
      const { code, stdout, stderr } = await main(["status", ...files, "--as-of", "2025-03-31", "--format", "json", ...more], env, NOW, io());
      return { code, stdout: Buffer.from(wholeOutput(stdout)).toString("utf8"), stderr };
    };
    await status();
    const change = fc.record({
      which: fc.nat({ max: files.length - 1 }),
      at: fc.nat({ max: Math.min(...originals.map((o) => o.length)) - 1 }),
      byte: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constantFrom(0x09, 0x0a, 0xc3)),
    });
    await fc.assert(
      fc.asyncProperty(change, async ({ which, at, byte }) => {
        const bytes = Buffer.from(originals[which]);
        bytes[at] = byte;
        writeFileSync(files[which], bytes);
        utimesSync(files[which], times[which], times[which]);
        const uncached = await status("--no-cache");
        expect(await status()).toEqual(uncached);
        // And again, from what this run kept.
        expect(await status()).toEqual(uncached);
        writeFileSync(files[which], originals[which]);
        utimesSync(files[which], times[which], times[which]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
