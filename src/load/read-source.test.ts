import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/cli.js";
import { readRegularFile } from "./read-source.js";

const posix = process.platform !== "win32";

describe("readRegularFile", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "ten.yaml"), "0123456789");
  mkdirSync(join(dir, "folder"));
  symlinkSync(join(dir, "ten.yaml"), join(dir, "link.yaml"));
  if (posix) execFileSync("mkfifo", [join(dir, "fifo.yaml")]);

  it.each([
    ["a file within the limit", "ten.yaml", 10, { ok: true }],
    ["a file one byte over the limit", "ten.yaml", 9, { ok: false, code: "input-too-large", params: { size: 10, limit: 9 } }],
    ["a missing file", "none.yaml", 10, { ok: false, code: "input-missing" }],
    ["a folder", "folder", 10, { ok: false, code: "input-directory" }],
    ["a link to a file, followed", "link.yaml", 10, { ok: true }],
  ])("%s", (_, name, limit, expected) => {
    expect(readRegularFile(join(dir, name), limit)).toMatchObject(expected);
  });

  it("refuses a link when asked not to follow links", () => {
    expect(readRegularFile(join(dir, "link.yaml"), 10, { followLinks: false })).toMatchObject({ ok: false, code: "input-not-regular", params: { kind: "link" } });
  });

  // Each of these hung the reader or grew without bound before (issue #11, item 8).
  it.skipIf(!posix)("refuses a named pipe at once, without waiting for a writer", () => {
    expect(readRegularFile(join(dir, "fifo.yaml"), 10)).toMatchObject({ ok: false, code: "input-not-regular", params: { kind: "pipe" } });
  });

  it.skipIf(!existsSync("/dev/zero"))("refuses devices: /dev/zero and /dev/null", () => {
    for (const device of ["/dev/zero", "/dev/null"])
      expect(readRegularFile(device, 10)).toMatchObject({ ok: false, code: "input-not-regular", params: { kind: "device" } });
  });

  // A /proc file is a regular file that reports size 0 however much it holds.
  it.skipIf(!existsSync("/proc/self/status"))("counts the bytes actually read against the limit", () => {
    expect(readRegularFile("/proc/self/status", 16)).toMatchObject({ ok: false, code: "input-too-large", params: { size: "> 16" } });
    const whole = readRegularFile("/proc/self/status", 1 << 20);
    expect(whole.ok && whole.bytes.toString("latin1")).toMatch(/^Name:/);
  });
});
