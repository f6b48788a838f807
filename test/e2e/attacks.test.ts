import { execFile, execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, dialogue, ROOT, SEED, SON_NGUYEN, tempDir, type CliRun } from "../helpers/cli.js";

// Issue #11: input never hangs or floods, output never escapes its folder. Each block reproduces
// an attack that succeeded before (the item number is the issue's).

const posix = process.platform !== "win32";
const root = process.getuid?.() === 0;
const PIPE = "đường ống (FIFO)";

/** Runs a `dialogue` binary, killed after `ms`: a run that hangs fails the test instead of the suite. */
function within(ms: number, args: string[], options: { bin?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun & { killed: boolean }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [options.bin ?? BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        timeout: ms,
        killSignal: "SIGKILL",
        maxBuffer: 1 << 20,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.DIALOGUE_TEST_TOOL_TMPDIR, NO_COLOR: "1", LANG: "C.UTF-8", ...options.env },
      },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, killed: Boolean(error?.killed), stdout, stderr }),
    );
  });
}

function fifo(path: string): string {
  execFileSync("mkfifo", [path]);
  return path;
}

describe.skipIf(!posix)("#8 devices and pipes as input", () => {
  const plan = fifo(join(tempDir(), "ke-hoach.yaml"));
  it.each([
    ["validate", [plan]],
    ["status", [plan]],
    ["calendar", [plan, "-o", join(tempDir(), "lich.ics")]],
    ["render", [plan, "-o", tempDir()]],
    ["task", [plan, "bao-cao", "done"]],
    ["session", [plan, "khoi-nghiep", "--held-on", "2021-04-22"]],
    ["record", [plan, "khoi-nghiep"]],
  ])("%s refuses a named pipe as the plan at once (it hung, deaf to Ctrl-C)", async (command, args) => {
    const run = await within(15_000, [command, ...args]);
    expect(run.killed, "hung").toBe(false);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain(`${plan} là một ${PIPE}`);
  });

  it.each(["/dev/zero", "/dev/null"])("validate refuses the device %s (it read /dev/zero until 13 GB)", async (device) => {
    const run = await within(15_000, ["validate", device]);
    expect(run.killed, "hung").toBe(false);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${device}  lỗi  ${device} là một thiết bị`);
  });
});

describe("#5 output never follows a link out of its folder", () => {
  it.skipIf(!posix).each([
    ["to a file outside", "../victim.txt"],
    ["dangling, to a place outside", "../created-outside.txt"],
  ])("render refuses a link %s under a document's name, and writes nothing through it", async (_, target) => {
    const dir = tempDir();
    writeFileSync(join(dir, "victim.txt"), "victim");
    mkdirSync(join(dir, "out"));
    const link = join(dir, "out", "ke-hoach-doi-thoai-2021-ke-hoach.docx");
    symlinkSync(target, link);
    const run = await dialogue(["render", SEED, "-o", join(dir, "out"), "--only", "plan"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${link} là liên kết mềm (lối tắt, trỏ tới ${target})`);
    expect(readFileSync(join(dir, "victim.txt"), "utf8")).toBe("victim");
    expect(readdirSync(dir).sort()).toEqual(["out", "victim.txt"]);
    expect(readdirSync(join(dir, "out"))).toEqual(["ke-hoach-doi-thoai-2021-ke-hoach.docx"]);
  });

  it.skipIf(!posix)("calendar refuses a link as its output file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "victim.txt"), "victim");
    symlinkSync(join(dir, "victim.txt"), join(dir, "lich.ics"));
    const run = await dialogue(["calendar", SON_NGUYEN, "-o", join(dir, "lich.ics"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is a symbolic link");
    expect(readFileSync(join(dir, "victim.txt"), "utf8")).toBe("victim");
  });
});

describe("#6 only regular files are replaced", () => {
  it.skipIf(!posix)("calendar refuses a named pipe as its output, and leaves it", async () => {
    const out = fifo(join(tempDir(), "lich.ics"));
    const run = await within(15_000, ["calendar", SON_NGUYEN, "-o", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${out} là một ${PIPE}, không phải tệp`);
    expect(lstatSync(out).isFIFO()).toBe(true);
  });

  it.skipIf(!posix || !root)("calendar -o ./null refuses a character device, and leaves it (as root)", async () => {
    const dir = tempDir();
    execFileSync("mknod", [join(dir, "null"), "c", "1", "3"]);
    const run = await dialogue(["calendar", SON_NGUYEN, "-o", "./null"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("./null là một thiết bị, không phải tệp");
    expect(lstatSync(join(dir, "null")).isCharacterDevice()).toBe(true);
  });

  it("render -o naming a file (a clerk's slip) says why, in words", async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "ke-hoach.yaml"));
    const run = await dialogue(["render", "ke-hoach.yaml", "-o", "ke-hoach.yaml", "--only", "plan"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`không ghi được vào ${join("ke-hoach.yaml", "ke-hoach-ke-hoach.docx")}: một phần của đường dẫn là tệp, không phải thư mục.\n`);
  });

  it("render refuses a folder under a document's name", async () => {
    const out = tempDir();
    mkdirSync(join(out, "ke-hoach-doi-thoai-2021-ke-hoach.docx"));
    const run = await dialogue(["render", SEED, "-o", out, "--only", "plan"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("là một thư mục, không phải tệp");
  });
});

describe("#15 a plan named ..x.yaml is not a path escape", () => {
  it("renders ..x-ke-hoach.docx into the output folder", async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "..x.yaml"));
    const run = await dialogue(["render", "..x.yaml", "-o", "out", "--only", "plan"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`đã ghi ${join("out", "..x-ke-hoach.docx")}`);
    expect(existsSync(join(dir, "out", "..x-ke-hoach.docx"))).toBe(true);
  });
});

// A stand-in for LibreOffice: records its arguments, then writes into --outdir what $FAKE_PDF says
// (a PDF, text, or nothing) and exits 0 as LibreOffice does, whether it wrote anything or not;
// or fails.
const FAKE_SOFFICE = `#!/bin/sh
printf '%s\\n' "$@" > "$FAKE_ARGS"
[ "$FAKE_PDF" = fail ] && exit 1
out=""; previous=""
for a in "$@"; do [ "$previous" = "--outdir" ] && out="$a"; previous="$a"; done
for a in "$@"; do
  case "$a" in *.docx)
    name=$(basename "$a" .docx)
    [ "$FAKE_PDF" = pdf ] && printf '%%PDF-1.4 fake\\n' > "$out/$name.pdf"
    [ "$FAKE_PDF" = text ] && printf 'not a pdf\\n' > "$out/$name.pdf";;
  esac
done
exit 0
`;

function fakeSoffice(): { bin: string; args: string } {
  const dir = tempDir();
  const bin = join(dir, "soffice");
  writeFileSync(bin, FAKE_SOFFICE);
  chmodSync(bin, 0o755);
  return { bin, args: join(dir, "args.txt") };
}

describe.skipIf(!posix)("#3 --pdf says it wrote a PDF only when it did", () => {
  it.each([
    ["nothing", "không tạo ra tệp nào"],
    ["text", "tệp tạo ra không phải PDF"],
  ])("LibreOffice exiting 0 with %s: exit 2, the old PDF is not reported as new", async (made, reason) => {
    const soffice = fakeSoffice();
    const out = tempDir();
    const pdf = join(out, "ke-hoach-doi-thoai-2021-ke-hoach.pdf");
    writeFileSync(pdf, "%PDF-1.4 last week's");
    const run = await dialogue(["render", SEED, "-o", out, "--pdf", "--only", "plan"], { env: { DIALOGUE_SOFFICE: soffice.bin, FAKE_ARGS: soffice.args, FAKE_PDF: made } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(`đã ghi ${join(out, "ke-hoach-doi-thoai-2021-ke-hoach.docx")}\n`);
    expect(run.stderr).toContain(`LibreOffice không ghi được ${pdf} (${reason}). Tệp PDF cùng tên từ lần xuất trước (nếu có) là bản cũ`);
    expect(readFileSync(pdf, "utf8")).toBe("%PDF-1.4 last week's");
  });

  it("LibreOffice failing: exit 2, and a warning that the old PDF is out of date", async () => {
    const soffice = fakeSoffice();
    const out = tempDir();
    const run = await dialogue(["render", SEED, "-o", out, "--pdf", "--only", "plan"], { env: { DIALOGUE_SOFFICE: soffice.bin, FAKE_ARGS: soffice.args, FAKE_PDF: "fail" } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(`đã ghi ${join(out, "ke-hoach-doi-thoai-2021-ke-hoach.docx")}\n`);
    expect(run.stderr).toContain("tệp PDF từ lần xuất trước (nếu có) là bản cũ: không ký, không gửi bản đó");
  });

  it("a plan named -y.yaml rendered into . never hands LibreOffice an option", async () => {
    const soffice = fakeSoffice();
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "-y.yaml"));
    const run = await dialogue(["render", "-o", ".", "--pdf", "--only", "plan", "--", "-y.yaml"], { cwd: dir, env: { DIALOGUE_SOFFICE: soffice.bin, FAKE_ARGS: soffice.args, FAKE_PDF: "pdf" } });
    expect(run.code, run.stderr).toBe(0);
    const args = readFileSync(soffice.args, "utf8").trim().split("\n");
    const files = args.slice(args.indexOf("--outdir") + 2);
    expect(files).toEqual([join(dir, "-y-ke-hoach.docx")]);
    expect(args.filter((a) => a.startsWith("-y"))).toEqual([]);
    expect(readFileSync(join(dir, "-y-ke-hoach.pdf"), "utf8")).toBe("%PDF-1.4 fake\n");
    expect(run.stdout).toBe("đã ghi -y-ke-hoach.docx\nđã ghi -y-ke-hoach.pdf\n");
  });

  const libreOffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].some((p) => existsSync(p));
  it.skipIf(!libreOffice)("with LibreOffice, a folder under the PDF's name: exit 2, no PDF claimed", { timeout: 120_000 }, async () => {
    const out = tempDir();
    mkdirSync(join(out, "ke-hoach-doi-thoai-2021-ke-hoach.pdf"));
    const run = await dialogue(["render", SEED, "-o", out, "--pdf", "--only", "plan"]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain(".pdf");
    expect(run.stderr).toContain("ke-hoach-doi-thoai-2021-ke-hoach.pdf là một thư mục, không phải tệp");
  });
});

describe.skipIf(!posix)("#7 the code cache lives only in a private folder", () => {
  const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
  const cacheName = `cli.cjs.validate.${version}.${process.version}.v8`;

  /** A copy of the built tool whose own cache folder cannot be used (here: a file stands in its place). */
  function installWithoutCache(): string {
    const install = tempDir();
    cpSync(join(ROOT, "bin"), join(install, "bin"), { recursive: true });
    copyFileSync(join(ROOT, "package.json"), join(install, "package.json"));
    mkdirSync(join(install, "dist"));
    for (const name of readdirSync(join(ROOT, "dist")).filter((n) => n.endsWith(".cjs"))) copyFileSync(join(ROOT, "dist", name), join(install, "dist", name));
    writeFileSync(join(install, "dist", ".v8-cache"), "");
    symlinkSync(join(ROOT, "node_modules"), join(install, "node_modules"));
    return join(install, "bin", "dialogue.js");
  }

  const validate = (bin: string, env: NodeJS.ProcessEnv) => within(30_000, ["validate", SEED], { bin, env });

  it("falls back to the user's cache folder (owner-only), never to a shared temporary folder, and reads it back", async () => {
    const bin = installWithoutCache();
    const cache = tempDir();
    const shared = tempDir();
    const first = await validate(bin, { XDG_CACHE_HOME: cache, TMPDIR: shared });
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(shared)).toEqual([]);
    const own = join(cache, "dialogue");
    expect(statSync(own).mode & 0o777).toBe(0o700);
    expect(readdirSync(own)).toContain(cacheName);
    const written = readdirSync(own).map((name) => [name, statSync(join(own, name)).mtimeMs]);
    const second = await validate(bin, { XDG_CACHE_HOME: cache, TMPDIR: shared });
    expect(second.code).toBe(0);
    expect(readdirSync(own).map((name) => [name, statSync(join(own, name)).mtimeMs]), "accepted, so not rewritten").toEqual(written);
  });

  const unsafe: [string, (own: string, other: string) => void][] = [
    ["a link to another user's folder", (own, other) => symlinkSync(other, own)],
    ["a folder everyone may write into", (own) => (mkdirSync(own), chmodSync(own, 0o777))],
  ];
  if (root) unsafe.push(["a folder owned by another user (as root)", (own) => (mkdirSync(own, { mode: 0o700 }), execFileSync("chown", ["65534", own]))]);
  it.each(unsafe)("does not use the cache folder when it is %s", async (_, make) => {
    const bin = installWithoutCache();
    const cache = tempDir();
    const other = tempDir();
    const own = join(cache, "dialogue");
    make(own, other);
    const run = await validate(bin, { XDG_CACHE_HOME: cache });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(other)).toEqual([]);
    expect(readdirSync(own)).toEqual([]);
  });

  it("replaces a link planted under a cache file's name instead of writing through it", async () => {
    const bin = installWithoutCache();
    const cache = tempDir();
    const victim = join(tempDir(), "victim.txt");
    writeFileSync(victim, "victim");
    mkdirSync(join(cache, "dialogue"), { mode: 0o700 });
    symlinkSync(victim, join(cache, "dialogue", cacheName));
    const run = await validate(bin, { XDG_CACHE_HOME: cache });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("victim");
    expect(lstatSync(join(cache, "dialogue", cacheName)).isFile()).toBe(true);
  });
});
