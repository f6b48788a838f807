import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/cli.js";
import { insideFolder, writeOutputFile } from "./write-output.js";

describe("insideFolder", () => {
  it.each([
    ["x-ke-hoach.docx", true],
    ["..x-ke-hoach.docx", true], // a plan named ..x.yaml (issue #11, item 15)
    ["...", true],
    ["a/../b.docx", true],
    ["..", false],
    [".", false],
    ["../x.docx", false],
    ["a/../../x.docx", false],
    ["/etc/passwd", false],
  ])("%j inside out/: %s", (name, inside) => {
    expect(insideFolder("out", name)).toBe(inside);
  });
});

describe("writeOutputFile", () => {
  const setup = () => {
    const dir = tempDir();
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(dir, "victim.txt"), "victim");
    return { dir, out };
  };
  const rest = (out: string) => readdirSync(out).filter((name) => name.endsWith(".tmp"));

  it("replaces a regular file and creates a missing folder", () => {
    const { dir, out } = setup();
    writeFileSync(join(out, "a.docx"), "old");
    writeOutputFile(join(out, "a.docx"), "new");
    writeOutputFile(join(dir, "new", "b.ics"), "cal");
    expect(readFileSync(join(out, "a.docx"), "utf8")).toBe("new");
    expect(readFileSync(join(dir, "new", "b.ics"), "utf8")).toBe("cal");
    expect(rest(out)).toEqual([]);
  });

  it.each([
    ["to a file outside", "../victim.txt"],
    ["dangling, to a place outside", "../created-outside.txt"],
  ])("refuses a symbolic link %s, and writes nothing through it", (_, target) => {
    const { dir, out } = setup();
    symlinkSync(target, join(out, "a.docx"));
    expect(() => writeOutputFile(join(out, "a.docx"), "new")).toThrow(expect.objectContaining({ key: "output-link" }));
    expect(readFileSync(join(dir, "victim.txt"), "utf8")).toBe("victim");
    expect(readdirSync(dir).sort()).toEqual(["out", "victim.txt"]);
    expect(lstatSync(join(out, "a.docx")).isSymbolicLink()).toBe(true);
    expect(rest(out)).toEqual([]);
  });

  it.skipIf(process.platform === "win32")("refuses a named pipe and a folder, and leaves them as they are", () => {
    const { out } = setup();
    execFileSync("mkfifo", [join(out, "a.ics")]);
    mkdirSync(join(out, "b.pdf"));
    expect(() => writeOutputFile(join(out, "a.ics"), "x")).toThrow(expect.objectContaining({ key: "output-not-regular", params: expect.objectContaining({ kind: "pipe" }) }));
    expect(() => writeOutputFile(join(out, "b.pdf"), "x")).toThrow(expect.objectContaining({ key: "output-not-regular", params: expect.objectContaining({ kind: "folder" }) }));
    expect(lstatSync(join(out, "a.ics")).isFIFO()).toBe(true);
    expect(lstatSync(join(out, "b.pdf")).isDirectory()).toBe(true);
    expect(rest(out)).toEqual([]);
  });
});
