import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect } from "vitest";

// The binaries a test file starts (helpers/cli.ts) get a temporary folder of their own: whatever
// the tool leaves there is a leak of the tool, and fails that file.
const tool = mkdtempSync(join(tmpdir(), "tool-"));
process.env.DIALOGUE_TEST_TOOL_TMPDIR = tool;

afterAll(() => {
  const left = readdirSync(tool);
  rmSync(tool, { recursive: true, force: true });
  expect(left, "temporary files the tool left behind").toEqual([]);
});
