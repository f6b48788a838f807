import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES, COMMANDS, LANGS, type CommandSpec } from "../commands/registry.js";
import { LANGUAGES } from "../i18n/languages.js";
import { MESSAGE_KEYS } from "../i18n/keys.js";
import { main, type Io } from "./main.js";

/**
 * No English in the Vietnamese interface: every help screen, every usage error and every message
 * of the catalogue is read word by word, and a word written only in ASCII letters must be a
 * Vietnamese syllable without tone marks, a code or field name the clerk types (the registry's and
 * the schema's), or the name of a program or format.
 */
const VIETNAMESE_SYLLABLES = new Set(
  `an anh ba bao ban bay bang bi binh ca cac cach can cao cho chi chinh chu co con cu cung da dai dan danh dao dau di dinh do doan dong du dung
  em gia giai giao gian gio ghi ha hai hanh hay hoa hoac hoi hon huong in kem khai khi kho khoa khong khung ky la lai lam lan le len lich linh lo loai loi
  luong ly ma mai mang moi mot mo muc na nam nay neo neu nghi ngoai ngay nhan nhanh nhau nhu nhung noi phai phan phu qua quan quy ra sai sang sao sau
  se so sua sung ta tai tam tham tay tao tap ten thang thanh thay the theo thi thien thong thu tiep tin tinh to toan tra trang trong tu tuy va vai van vao vay
  ve vi viec vien vu xa xem xin xong xung`.split(/\s+/),
);

/** Programs, formats and keys a clerk meets by these names. */
const NAMES = new Set(
  `Bash CSV Code Ctrl DOCX Enter Excel Git Google HH MM JSON LibreOffice Linux macOS N Outlook PDF PowerShell Space Tab UTF VS Windows Word YAML
  YYYY iCalendar dialogue soffice libreoffice writer sudo apt get Debian Ubuntu FIFO DIALOGUE_SOFFICE STT byte DD install out git
  Notepad Unikey Unicode VNI TCVN3 ABC Times Shift F6`.split(/\s+/),
);

/** Menu entries as Notepad and VS Code name them, quoted in the way to save a file as UTF-8. */
const MENUS = new Set(`File Save As Encoding with`.split(/\s+/)
);

/** Codes and field names the clerk types: the registry's commands and values, the schema's fields and allowed values. */
function typedCodes(): Set<string> {
  const profiles = readdirSync(resolve("templates/profiles")).map((file) => file.replace(/\.json$/, ""));
  const codes = new Set<string>([...COMMAND_NAMES, "help", ...LANGS, ...profiles]);
  for (const spec of Object.values(COMMANDS) as CommandSpec[])
    for (const item of [...Object.values(spec.arguments), ...Object.values(spec.options)]) for (const choice of item.choices ?? []) codes.add(choice);
  const schema = JSON.parse(readFileSync(resolve("schemas/plan.schema.json"), "utf8"));
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    for (const name of Object.keys((record.properties ?? {}) as object)) codes.add(name);
    for (const value of (record.enum ?? []) as unknown[]) codes.add(String(value));
    if (typeof record.const === "string") codes.add(record.const); // `unknown`
    Object.values(record).forEach(walk);
  };
  walk(schema);
  return codes;
}
const TYPED = typedCodes();

/** The words in ASCII letters that are none of the allowed kinds. */
export function englishWords(text: string): string[] {
  const prose = text
    .split("\n")
    // An example command line is typed as it stands; only its note is read.
    .map((line) => (/^\s*(dialogue|source) /.test(line) ? (line.split("   # ")[1] ?? "") : line))
    .join("\n")
    .replace(/(?<![\p{L}\p{N}_-])--?[a-zA-Z][\w-]*/gu, " ") // options
    .replace(/\S*[./\\]\S*/g, " ") // paths, file names, dotted fields
    .replace(/(?<![\p{L}\p{N}_])[a-z0-9]+(-[a-z0-9]+)+(?![\p{L}\p{N}_])/gu, " ") // ids
    .replace(/\b\d+-Q[1-4]\b/g, " ") // quarters
    .replace(/"[^"\s]*"/g, " ") // one word in quotes: what the clerk typed, echoed
    .replace(/\b\w+:\s*\w+/g, (field) => (TYPED.has(field.split(":")[0]) ? " " : field)); // status: held
  return (prose.match(/\p{L}[\p{L}\p{N}_]*/gu) ?? []).filter(
    (word) => /^[A-Za-z0-9_]{2,}$/.test(word) && !VIETNAMESE_SYLLABLES.has(word.toLowerCase()) && !NAMES.has(word) && !MENUS.has(word) && !TYPED.has(word),
  );
}

const NOW = new Date("2021-04-01T03:00:00Z");
const io = (): Io => ({ stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, columns: undefined });
const run = (argv: string[]) => main(argv, { LANG: "C.UTF-8" }, NOW, io());

/** Every usage mistake the command line knows: for each command its own, and the shared ones. */
function usageMistakes(plan: string, folder: string): string[][] {
  const byCommand: string[][] = [];
  const sample: Record<string, string> = { file: plan, files: plan, taskId: "bao-cao-tu-tuong", sessionId: "khoi-nghiep", status: "done", shell: "bash" };
  for (const name of COMMAND_NAMES) {
    const spec: CommandSpec = COMMANDS[name];
    const required = Object.entries(spec.arguments).filter(([, a]) => a.arity !== "optional");
    const args = Object.keys(spec.arguments).map((key) => sample[key]);
    byCommand.push([name, "--bogus"], [name, ...args, "--hel"]);
    if (required.length) byCommand.push([name]);
    if (!Object.values(spec.arguments).some((a) => a.arity === "many")) byCommand.push([name, ...args, "thừa", "nữa"]);
    for (const option of Object.values(spec.options)) {
      if (option.value) byCommand.push([name, ...args, option.long]);
      if (option.choices) byCommand.push([name, ...args, option.long, "xyz"]);
    }
    for (const [key, argument] of Object.entries(spec.arguments))
      if (argument.choices) byCommand.push([name, ...Object.keys(spec.arguments).map((k) => (k === key ? "xyz" : sample[k]))]);
  }
  const init = join(folder, "moi.yaml");
  return [
    ...byCommand,
    ["--bogus"],
    ["statu"],
    ["help", "statu"],
    ["init", init, "--yes"],
    ["init", init, "--yes", "--province", "Quảng Ngãi", "--signer", "Họ Tên", "--year", "abc"],
    ["init", init, "--yes", "--province", "Quảng Ngãi", "--signer", "Họ Tên", "--units", "khong-co"],
    ["init", init, "--yes", "--province", " ", "--signer", "Họ Tên"],
    ["init", init],
    ["status", plan, "--due-within", "x"],
    ["status", plan, "--as-of", "2021-02-30"],
    ["status", plan, "--as-of", "1800-01-01"],
    ["status", plan, "--period", "quy-2"],
    ["status", plan, "--unit", "ban-dan-vn"],
    ["status", plan, "--format", "csv", "-o", join(folder, "bao-cao.xlsx")],
    ["status", plan, "-o", plan],
    ["task", plan, "bao-cao-tu-tuong", "done", "--date", "2021-03-30"],
    ["task", plan, "khong-co", "done"],
    ["task", plan, "tham-muu-noi-dung", "done"],
    ["task", plan, "bao-cao-tu-tuong", "done", "--session", "khoi-nghiep"],
    ["task", plan, "bao-cao-tu-tuong", "done", "--on", "2021-3-32"],
    ["task", plan, "bao-cao-tu-tuong", "done", "--ref", " "],
    ["session", plan, "khoi-nghiep"],
    ["session", plan, "khoi-nghiep", "--held-on", "2021-04-01", "--date", "2021-04-02"],
    ["session", plan, "khoi-nghiep", "--time", "08:00"],
    ["session", plan, "khoi-nghiep", "--held-on", "2021-04-01", "--reason", "Mưa"],
    ["session", plan, "khoi-nghiep", "--cancel"],
    ["session", plan, "khoi-nghiep", "--date", "2021-04-20", "--time", "25 giờ"],
    ["session", plan, "khoi-nghiep", "--postpone-to", "năm sau", "--reason", "Mưa"],
    ["session", plan, "khoi-nghiep", "--held-on", "2021-05-20"],
    ["session", plan, "khong-co", "--cancel", "--reason", "Mưa"],
    ["record", plan, "khoi-nghiep"],
    ["record", plan, "khong-co"],
    ["render", plan, "--profile", "hd99", "-o", folder],
    ["render", plan, "--only", "report", "-o", folder],
    ["render", plan, "--templates", join(folder, "khong-co"), "-o", folder],
    ["render", join(folder, "khong-co.yaml"), "-o", folder],
    ["calendar", plan, "-o", folder],
    ["schema", "--copy-to", join(folder, "khong-co")],
    ["schema", "--copy-to", plan],
    ["validate", join(folder, "khong-co.yaml")],
    ["validate", folder],
  ];
}

describe("no English in the Vietnamese interface", () => {
  it("the checker finds English words and lets through Vietnamese, codes, names and options", () => {
    expect(englishWords("không có tùy chọn --date; có phải là --on? Xem \"dialogue task --help\".")).toEqual([]);
    expect(englishWords("buổi đối thoại ghi đã tổ chức (status: held) nhưng chưa có ngày heldOn")).toEqual([]);
    expect(englishWords("ghi tệp ke-hoach.yaml vào out/ cho Excel")).toEqual([]);
    expect(englishWords("[command] thiếu tham số bắt buộc 'files' (default: \"text\")")).toEqual(["command", "files", "default"]);
    expect(englishWords("a meeting ở trạng thái postponed")).toEqual(["meeting"]);
  });

  it("every help screen", async () => {
    const screens = [["--help"], ["help"], ...COMMAND_NAMES.flatMap((name) => [[name, "--help"], ["help", name]])];
    for (const argv of screens) {
      const outcome = await run(argv);
      expect(outcome.code, argv.join(" ")).toBe(0);
      expect(englishWords(String(outcome.stdout)), argv.join(" ")).toEqual([]);
      expect(String(outcome.stdout), argv.join(" ")).not.toMatch(/\(mặc định[^)]*\)[^\n]*mặc định/);
    }
  });

  it("every usage mistake: exit 2, a Vietnamese message, and no English word", async () => {
    const folder = mkdtempSync(join(tmpdir(), "dialogue-words-"));
    const plan = join(folder, "ke-hoach-2021.yaml");
    copyFileSync(resolve("examples/ke-hoach-doi-thoai-2021.yaml"), plan);
    const mistakes = usageMistakes(plan, folder);
    expect(mistakes.length).toBeGreaterThan(80);
    const found: string[] = [];
    for (const argv of mistakes) {
      const outcome = await run(argv);
      const line = argv.map((a) => a.replace(folder, "…")).join(" ");
      expect(outcome.code, `${line}: ${outcome.stderr}`).toBe(2);
      expect(outcome.stderr, line).not.toMatch(/\n\s+at /);
      const words = englishWords(outcome.stderr);
      if (words.length) found.push(`${line} → ${words.join(", ")}: ${outcome.stderr.trim()}`);
    }
    expect(found).toEqual([]);
    expect(readFileSync(plan, "utf8")).toBe(readFileSync(resolve("examples/ke-hoach-doi-thoai-2021.yaml"), "utf8"));
  });

  it("says what was meant where it used to mislead", async () => {
    const folder = mkdtempSync(join(tmpdir(), "dialogue-words-"));
    const plan = join(folder, "ke-hoach-2021.yaml");
    copyFileSync(resolve("examples/ke-hoach-doi-thoai-2021.yaml"), plan);
    const said = async (argv: string[]) => (await run(argv)).stderr;
    expect(await said(["task", plan, "bao-cao-tu-tuong", "done", "--date", "2021-03-30"])).toContain("không có tùy chọn --date; có phải là --on?");
    expect(await said(["init", join(folder, "moi.yaml"), "--yes", "--province", "Quảng Ngãi", "--signer", "Họ Tên", "--year", "abc"])).toContain('--year "abc" phải là số nguyên');
    expect(await said(["session", plan, "khoi-nghiep", "--held-on", "2021-04-01", "--date", "2021-04-02"])).toContain("mỗi lần chỉ ghi một thay đổi");
    expect(await said(["validate"])).toBe('còn thiếu <tệp...>.\nXem "dialogue validate --help".\n');
    expect(await said(["completion", "fish"])).toContain("<cửa-sổ-lệnh> không nhận giá trị");
    for (const name of ["task", "session", "record"]) expect(String((await run([name, "--help"])).stdout)).toMatch(/<tệp> +tệp kế hoạch\n/);
  });

  it("every message of the Vietnamese catalogue", () => {
    // Any parameter a message asks for is a number, but for those that choose words.
    const chosen: Record<string, string> = { kind: "folder", expected: "string", severity: "error", reason: "EACCES", status: "postponed", rule: "id", file: "ke-hoach.yaml", id: "dat-dai" };
    const params = new Proxy(chosen, { get: (target, key) => (typeof key === "string" ? (target[key] ?? "1") : undefined) });
    const found = MESSAGE_KEYS.flatMap((key) => {
      const words = englishWords(LANGUAGES.vi.messages[key](params)).filter((word) => !Object.values(chosen).includes(word));
      return words.length ? [`${key}: ${words.join(", ")}`] : [];
    });
    expect(found).toEqual([]);
  });
});
