import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { safeName } from "../../src/commands/render.js";
import { dialogue, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";
import { DocxFile } from "../helpers/docx.js";

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

describe("a plan named twice counts once", () => {
  it("in status, render's report and the calendar, whether given twice, through a link, or by its folder too", async () => {
    const dir = tempDir();
    const file = join(dir, "ke-hoach.yaml");
    copyFileSync(SON_NGUYEN, file);
    const link = join(tempDir(), "lien-ket.yaml");
    symlinkSync(file, link);
    const rows = async (...files: string[]) => JSON.parse((await dialogue(["status", ...files, "--as-of", "2024-09-10", "--format", "json"])).stdout).tasks.length;
    const once = await rows(file);
    expect(once).toBeGreaterThan(0);
    expect(await rows(file, file, join(dir, ".", "ke-hoach.yaml"), link)).toBe(once);

    const out = tempDir();
    const run = await dialogue(["render", dir, file, "--period", "2024-6m", "--as-of", "2024-09-10", "-o", out]);
    expect(run.code, run.stderr).toBe(0);
    const [report] = readdirSync(out);
    const text = new DocxFile(join(out, report)).paragraphs().map((p) => p.text).join(" ");
    expect(text).toContain("đã tổ chức 1 buổi đối thoại với 176 người dân");

    const ics = join(tempDir(), "lich.ics");
    expect((await dialogue(["calendar", file, file, "-o", ics])).code).toBe(0);
    const single = join(tempDir(), "mot.ics");
    expect((await dialogue(["calendar", file, "-o", single])).code).toBe(0);
    expect(readFileSync(ics, "utf8").split("BEGIN:VEVENT").length).toBe(readFileSync(single, "utf8").split("BEGIN:VEVENT").length);
  });

  it("and a copy of it under another name (a download's \"kh (1).yaml\") once too, with a warning naming both", async () => {
    const dir = tempDir();
    copyFileSync(SON_NGUYEN, join(dir, "ke-hoach.yaml"));
    copyFileSync(SON_NGUYEN, join(dir, "ke-hoach (1).yaml"));
    const run = await dialogue(["status", join(dir, "ke-hoach.yaml"), join(dir, "ke-hoach (1).yaml"), "--as-of", "2024-09-10", "--format", "json"]);
    const alone = await dialogue(["status", join(dir, "ke-hoach.yaml"), "--as-of", "2024-09-10", "--format", "json"]);
    expect(JSON.parse(run.stdout).tasks.length).toBe(JSON.parse(alone.stdout).tasks.length);
    expect(run.stderr).toContain(`${join(dir, "ke-hoach (1).yaml")}  cảnh báo  tệp giống hệt tệp ${join(dir, "ke-hoach.yaml")} (một bản sao?): chỉ tính một lần`);
    // The text too is that of one plan: its rows say their line, not which file they come from.
    const text = (...files: string[]) => dialogue(["status", ...files, "--as-of", "2024-09-10"]).then((r) => r.stdout);
    expect(await text(join(dir, "ke-hoach.yaml"), join(dir, "ke-hoach (1).yaml"))).toBe(await text(join(dir, "ke-hoach.yaml")));
    // A plan of the same size but other bytes is no copy.
    const other = readFileSync(SON_NGUYEN, "utf8").replace("Ban Dân vận Tỉnh ủy", "Ban Dân Vận Tỉnh ủy");
    expect(Buffer.byteLength(other)).toBe(readFileSync(SON_NGUYEN).length);
    writeFileSync(join(dir, "ke-hoach (1).yaml"), other);
    const two = await dialogue(["status", join(dir, "ke-hoach.yaml"), join(dir, "ke-hoach (1).yaml"), "--as-of", "2024-09-10", "--format", "json"]);
    expect(JSON.parse(two.stdout).tasks.length).toBe(2 * JSON.parse(alone.stdout).tasks.length);
    expect(two.stderr).not.toContain("giống hệt");
  });

  it("two plans whose documents would share a name, exactly or but for case (KH.yaml, kh.yaml), are refused before anything is written", async () => {
    const dir = tempDir();
    for (const folder of ["a", "b"]) mkdirSync(join(dir, folder));
    copyFileSync(SEED, join(dir, "a", "kh.yaml"));
    copyFileSync(SON_NGUYEN, join(dir, "b", "kh.yaml"));
    copyFileSync(SON_NGUYEN, join(dir, "a", "KH.yaml"));
    const out = join(dir, "out");
    const twoFolders = await dialogue(["render", join(dir, "a", "kh.yaml"), join(dir, "b", "kh.yaml"), "-o", out]);
    expect(twoFolders.code).toBe(2);
    expect(twoFolders.stderr).toBe("hai văn bản cùng được ghi thành kh-ke-hoach.docx: hai kế hoạch trùng tên tệp. Hãy xuất thành hai lần với thư mục -o khác nhau, hoặc đổi tên một tệp.\n");
    const byCase = await dialogue(["render", join(dir, "a"), "-o", out, "--lang", "en"]);
    expect(byCase.code).toBe(2);
    expect(byCase.stderr).toMatch(/^two documents would be written as (KH|kh)-ke-hoach\.docx and (KH|kh)-ke-hoach\.docx \(one file on Windows and macOS/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
