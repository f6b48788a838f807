import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyExample, dialogue, SON_NGUYEN } from "../helpers/cli.js";
import { LanguageServer } from "../helpers/language-server.js";

/**
 * A deadline is written in exactly one form. The schema says so as a oneOf of closed forms, and
 * the YAML language server (VS Code's YAML extension) then offers only the fields of the form
 * already begun, and underlines a second form in Vietnamese at the line `dialogue validate` names.
 */
const ASSIGNMENT_KEYS = ["on", "before", "daysAfter", "afterReceipt", "stages"];
const TASK_KEYS = ["on", "before", "daysBefore", "daysAfter", "afterReceipt", "every", "stages"];

/** Each inline deadline of the example rewritten as a block with an empty line to complete on. */
function withCursorIn(text: string, inline: string, block: string[]): string {
  return text.replace(new RegExp(`^( *)deadline: \\{ ${inline} \\}$`, "m"), (_, indent: string) =>
    [`${indent}deadline:`, ...block.map((line) => `${indent}  ${line}`), `${indent}  `].join("\n"),
  );
}

describe("the editor and a deadline's forms", () => {
  let server: LanguageServer;
  let file: string;
  let text: string;

  beforeAll(async () => {
    file = copyExample(SON_NGUYEN, (t) => {
      let edited = withCursorIn(t, "on: 2024-12-31", ["on: 2024-12-31"]);
      edited = withCursorIn(edited, "daysAfter: 60", []);
      edited = withCursorIn(edited, "daysAfter: 30, workingDays: true", ["daysAfter: 30"]);
      // A plan task's deadline counted from a session.
      return edited.replace(/^( *)deadline:\n\1  daysBefore: 5\n\1  workingDays: true\n\1  session: dat-dai\n/m, (_, indent: string) => `${indent}deadline:\n${indent}  daysBefore: 5\n${indent}  \n`);
    });
    text = readFileSync(file, "utf8");
    server = await LanguageServer.start(dirname(file));
    await server.open(file, text);
  }, 30_000);
  afterAll(() => server?.stop());

  /** What the editor offers on the empty line after the one line reading `written` (trimmed). */
  const offered = async (written: string) => {
    const lines = text.split("\n");
    const at = lines.flatMap((line, i) => (line.trim() === written && lines[i + 1]?.trim() === "" && lines[i + 1].length > 0 ? [i + 1] : []));
    expect(at, written).toHaveLength(1);
    return server.completion(file, at[0] + 1, lines[at[0]].length);
  };

  it("offers every form of an assignment's deadline while none is written", async () => {
    const labels = await offered("deadline:");
    for (const key of ASSIGNMENT_KEYS) expect(labels).toContain(key);
  });

  it("offers nothing of another form once `on` is written", async () => {
    const labels = await offered("on: 2024-12-31");
    for (const key of ASSIGNMENT_KEYS) expect(labels).not.toContain(key);
    expect(labels).not.toContain("workingDays");
  });

  it("offers only what goes with `daysAfter` (working days) once it is written", async () => {
    expect(await offered("daysAfter: 30")).toEqual(["workingDays"]);
  });

  it("offers the session and working days with a plan task's `daysBefore`, no other form", async () => {
    // (Beside the fields, the server may offer the whole form again as a snippet, named by its title.)
    const labels = (await offered("daysBefore: 5")).filter((label) => !label.includes(" "));
    expect(labels.sort()).toEqual(["session", "workingDays"]);
    for (const key of TASK_KEYS) expect(labels).not.toContain(key);
  });
});

describe("a deadline written in two forms", () => {
  it("is underlined in Vietnamese at the line dialogue validate names", async () => {
    const file = copyExample(SON_NGUYEN, (t) => t.replace("deadline: { on: 2024-12-31 }", "deadline: { on: 2024-12-31, before: 2024-12-01 }"));
    const server = await LanguageServer.start(dirname(file));
    try {
      const diagnostics = await server.open(file, readFileSync(file, "utf8"));
      const tool = JSON.parse((await dialogue(["validate", file, "--format", "json"])).stdout) as { code: string; line: number }[];
      const shape = tool.filter((f) => f.code === "deadline-shape");
      expect(shape).toHaveLength(1);
      expect(diagnostics).toEqual([{ line: shape[0].line, message: expect.stringMatching(/^Thời hạn ghi đúng một cách/) }]);
    } finally {
      server.stop();
    }
  }, 30_000);
});
