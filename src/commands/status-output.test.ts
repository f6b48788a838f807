import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import { refuseBinaryOnTerminal, statusFormat, writeReport, type StatusFormat } from "./status-output.js";

const keyOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    if (UserError.is(error)) return error.key;
    throw error;
  }
  return undefined;
};

describe("statusFormat: --format, else the output file's name, else text", () => {
  it.each<[StatusFormat | undefined, string | undefined, StatusFormat]>([
    [undefined, undefined, "text"],
    ["json", undefined, "json"],
    [undefined, "bao-cao.xlsx", "xlsx"],
    [undefined, "bao-cao.XLSX", "xlsx"],
    [undefined, "out/bao-cao.csv", "csv"],
    [undefined, "bao-cao.json", "json"],
    [undefined, "bao-cao.txt", "text"],
    [undefined, "bao-cao", "text"],
    [undefined, "bao-cao.xls", "text"],
    ["xlsx", "bao-cao.xlsx", "xlsx"],
    ["xlsx", "bao-cao", "xlsx"],
    ["csv", "bao-cao.dat", "csv"],
  ])("--format %s -o %s → %s", (format, output, expected) => {
    expect(statusFormat(format, output)).toBe(expected);
  });

  it.each<[StatusFormat, string, string]>([
    ["csv", "bao-cao.xlsx", "bao-cao.csv"],
    ["xlsx", "out/bao-cao.csv", "out/bao-cao.xlsx"],
    ["text", "bao-cao.json", "bao-cao.txt"],
  ])("--format %s -o %s is a slip: refused, suggesting %s", (format, output, suggestion) => {
    try {
      statusFormat(format, output);
      expect.unreachable();
    } catch (error) {
      expect(UserError.is(error) && error.key).toBe("status-output-format-mismatch");
      expect(UserError.is(error) && error.params.suggestion).toBe(suggestion);
    }
  });
});

describe("refuseBinaryOnTerminal", () => {
  it.each<[StatusFormat, string | undefined, boolean, string | undefined]>([
    ["xlsx", undefined, true, "status-xlsx-terminal"],
    ["xlsx", undefined, false, undefined],
    ["xlsx", "bao-cao.xlsx", true, undefined],
    ["text", undefined, true, undefined],
    ["csv", undefined, true, undefined],
  ])("%s, -o %s, terminal %s → %s", (format, output, tty, key) => {
    expect(keyOf(() => refuseBinaryOnTerminal(format, output, tty))).toBe(key);
  });
});

describe("writeReport", () => {
  const dir = () => mkdtempSync(join(tmpdir(), "dialogue-report-"));

  it("writes the bytes, creating the folder, and leaves no temporary file", () => {
    const root = dir();
    const target = join(root, "bao-cao", "thang-9.xlsx");
    writeReport(target, new Uint8Array([80, 75, 3, 4]), []);
    expect([...readFileSync(target)]).toEqual([80, 75, 3, 4]);
    writeReport(target, "lần hai", []);
    expect(readFileSync(target, "utf8")).toBe("lần hai");
    expect(readFileSync(join(root, "bao-cao", "thang-9.xlsx"), "utf8")).toBe("lần hai");
    expect(readdirSync(join(root, "bao-cao"))).toEqual(["thang-9.xlsx"]);
  });

  it("refuses to write over a plan being read, also through another path or a link", () => {
    const root = dir();
    const plan = join(root, "ke-hoach.yaml");
    writeFileSync(plan, "year: 2024\n");
    symlinkSync(plan, join(root, "link.yaml"));
    for (const output of [plan, join(root, ".", "ke-hoach.yaml"), join(root, "link.yaml")])
      expect(keyOf(() => writeReport(output, "x", [plan]))).toBe("status-output-is-input");
    expect(readFileSync(plan, "utf8")).toBe("year: 2024\n");
  });

  it("says why a file cannot be written: a folder there, or a file in the way", () => {
    const root = dir();
    expect(keyOf(() => writeReport(root, "x", []))).toBe("output-not-regular");
    writeFileSync(join(root, "notes.txt"), "x");
    expect(keyOf(() => writeReport(join(root, "notes.txt", "bao-cao.json"), "x", []))).toBe("render-output-invalid");
    expect(readdirSync(root)).toEqual(["notes.txt"]);
  });
});
