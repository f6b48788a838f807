import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES, COMMANDS } from "../commands/registry.js";
import type { Catalogue } from "../i18n/catalogue.js";
import { LANGUAGES } from "../i18n/languages.js";
import { main, type Io } from "./main.js";
import { wholeOutput } from "../result.js";

const SEED = "examples/ke-hoach-doi-thoai-2021.yaml";
const NOW = new Date("2021-04-01T03:00:00Z");

function io(): Io {
  return { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, columns: undefined };
}

const run = (argv: string[], env: Record<string, string> = {}, languages?: Record<string, Catalogue>) => main(argv, { LANG: "C.UTF-8", ...env }, NOW, io(), languages);

describe("main: the command line, in-process", () => {
  it.each<[string[], number, string]>([
    [["--version"], 0, "0."],
    [["-V"], 0, "0."],
    [[], 0, "Cách dùng: dialogue <lệnh>"],
    [["--help"], 0, "Lệnh:"],
    [["help", "status"], 0, "Cách dùng: dialogue status <tệp...>"],
    [["status", "--help"], 0, "--as-of <ngày>"],
    [["task", "-h"], 0, "<mã-nhiệm-vụ>"],
    [["--lang", "en", "--help"], 0, "Usage: dialogue <command>"],
    [["--help", "--lang=en"], 0, "Commands:"],
    [["validate", SEED], 0, "đã kiểm tra 1 tệp"],
    [["validate", SEED, "--format", "json"], 0, "[]"],
    [["status", SEED, "--as-of", "2021-04-01", "--format", "json"], 0, '"asOf": "2021-04-01"'],
    // A month as offices write it, and a value with a space typed after it.
    [["status", SEED, "--as-of", "2021-06-30", "--period", "3/2021"], 0, "từ 1/3/2021 đến 31/3/2021"],
    [["status", SEED, "--as-of", "2021-06-30", "--period", " 2021-q2 "], 0, "từ 1/4/2021 đến 30/6/2021"],
  ])("%j → exit %i, says %j", async (argv, code, text) => {
    const outcome = await run(argv);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
    expect(outcome.code, outcome.stderr).toBe(code);
    // Large outputs come as bytes (status --format json: src/present/json-text.ts).
    expect(Buffer.from(wholeOutput(outcome.stdout)).toString("utf8")).toContain(text);
  });

  it.each<[string[], string]>([
    [["statu", SEED], 'không có lệnh "statu"; có phải là "status"?\nXem "dialogue --help".'],
    [["help", "stauts"], 'có phải là "status"?'],
    [["--foo"], "không có tùy chọn --foo"],
    [["status", SEED, "--as-off", "2021-04-01"], 'không có tùy chọn --as-off; có phải là --as-of?\nXem "dialogue status --help".'],
    [["status"], "còn thiếu <tệp...>"],
    [["task", SEED, "bao-cao-tu-tuong"], "còn thiếu <trạng thái>"],
    [["status", SEED, "--as-of"], "tùy chọn --as-of <ngày> cần có giá trị"],
    [["schema", "extra"], "thừa tham số: extra"],
    [["status", SEED, "--format", "xml"], '--format không nhận giá trị "xml"'],
    [["task", SEED, "bao-cao-tu-tuong", "tốt"], "open (chưa thực hiện), in_progress (đang thực hiện), done (đã hoàn thành)"],
    [["completion", "fish"], "bash (Linux, Git Bash), zsh (macOS), powershell (Windows)"],
    [["status", SEED, "--as-of", "2021-02-30"], '--as-of "2021-02-30" không phải ngày'],
    // An empty path: the current folder to one command, a system error to another, before.
    [["status", SEED, "-o", ""], "--output không được để trống."],
    [["render", SEED, "-o", " "], "--output không được để trống."],
    [["calendar", SEED, "--output", ""], "--output không được để trống."],
  ])("%j → exit 2 with a Vietnamese message, and the next step", async (argv, message) => {
    const outcome = await run(argv);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toContain(message);
    expect(outcome.stderr).not.toMatch(/\n\s+at |error:|unknown|missing/i);
  });

  it("speaks English with --lang en or an English LANG, and the language given wins", async () => {
    expect((await run(["statu"], {}, undefined)).stderr).toContain("không có lệnh");
    expect((await run(["statu"], { LANG: "en_US.UTF-8" })).stderr).toContain('there is no command "statu"; did you mean "status"?');
    expect((await run(["statu", "--lang", "en"])).stderr).toContain("there is no command");
    expect((await run(["statu", "--lang", "vi"], { LANG: "en_US.UTF-8" })).stderr).toContain("không có lệnh");
  });

  it("has help for every command, argument and option of the registry, in every language", () => {
    for (const [code, catalogue] of Object.entries(LANGUAGES))
      for (const name of COMMAND_NAMES) {
        const texts = catalogue.help.commands[name];
        expect(texts?.summary, `${code} ${name}`).toBeTruthy();
        expect(Object.keys(texts.arguments).sort(), `${code} ${name} arguments`).toEqual(Object.keys(COMMANDS[name].arguments).sort());
        expect(Object.keys(texts.options).sort(), `${code} ${name} options`).toEqual(Object.keys(COMMANDS[name].options).sort());
      }
  });

  it("takes a third language from one catalogue file: --lang names it, its help and messages show", async () => {
    const xx: Catalogue = {
      ...LANGUAGES.en,
      name: "Pseudo",
      messages: Object.fromEntries(Object.entries(LANGUAGES.en.messages).map(([key, message]) => [key, (p) => `⟦${message(p)}⟧`])) as Catalogue["messages"],
      help: { ...LANGUAGES.en.help, usage: "Üsage" },
    };
    const languages = { ...LANGUAGES, xx };
    const help = await run(["--lang", "xx", "status", "--help"], {}, languages);
    expect(help.stdout).toContain("Üsage: dialogue status");
    expect(help.stdout).toMatch(/--lang <language>.*xx/s);
    const error = await run(["statu", "--lang", "xx"], {}, languages);
    expect(error.stderr).toContain('⟦there is no command "statu"; did you mean "status"?⟧');
  });
});
