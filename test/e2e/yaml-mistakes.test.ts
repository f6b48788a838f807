import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, lineOf, ROOT, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

async function findings(file: string): Promise<JsonFinding[]> {
  const run = await dialogue(["validate", file, "--format", "json"]);
  return JSON.parse(run.stdout);
}

const EXAMPLES = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join(ROOT, "examples", f));

describe("one YAML mistake, one finding, at its line (#16.4)", () => {
  it.each([
    ["a tab alone", "  code: TU\n", "\tcode: TU\n", 1],
    ["a tab after spaces", "  code: TU\n", "  \tcode: TU\n", 3],
    ["a tab in a session", "    venue: Hội trường Trạm khách T50", "\tvenue: Hội trường Trạm khách T50", 1],
    ["a tab after spaces in a session", "    venue: Hội trường Trạm khách T50", "    \tvenue: Hội trường Trạm khách T50", 5],
  ])("%s gives one good message and no false ones", async (_, from, to, column) => {
    const file = copyExample(SEED, (t) => t.replace(from, to));
    const found = await findings(file);
    expect(found).toEqual([expect.objectContaining({ code: "yaml-tab-indent", line: lineOf(readFileSync(file, "utf8"), to.trim()), column })]);
    expect(found[0].message).toBe("dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách. Hãy thay Tab bằng dấu cách.");
  });

  it.each([
    ["a field moved left", "    venue: Hội trường Trạm khách T50", "  venue: Hội trường Trạm khách T50", 2, 4],
    ["a field moved right", "    venue: Hội trường Trạm khách T50", "     venue: Hội trường Trạm khách T50", 5, 4],
    ["a list item one space short", "      - id: van-dong-thuc-hien", "     - id: van-dong-thuc-hien", 5, 6],
    ["a field one space short", "  code: TU", " code: TU", 1, 2],
  ])("%s gives one finding at that line, saying how far to indent", async (_, from, to, found, expected) => {
    const file = copyExample(SEED, (t) => t.replace(from, to));
    const all = await findings(file);
    expect(all).toEqual([expect.objectContaining({ code: "yaml-bad-indent", line: lineOf(readFileSync(file, "utf8"), to.trim()) })]);
    expect(all[0].message).toBe(`thụt lề sai: dòng này lùi vào ${found} dấu cách, phải là ${expected} dấu cách để thẳng cột với các mục cùng cấp.`);
  });

  it("two independent mistakes give two findings, each at its own line", async () => {
    const file = copyExample(SEED, (t) => t.replace("  code: TU\n", "\tcode: TU\n").replace("    venue: Hội trường Trạm khách T50", "  venue: Hội trường Trạm khách T50"));
    const text = readFileSync(file, "utf8");
    const all = await findings(file);
    expect(all.map((f) => [f.code, f.line])).toEqual([
      ["yaml-tab-indent", lineOf(text, "\tcode")],
      ["yaml-bad-indent", lineOf(text, "  venue: Hội trường Trạm khách T50")],
    ]);
  });
});

describe("a colon in a value (#18.4)", () => {
  it("says at the right line that the text contains ': ' and gives the quoted line to copy", async () => {
    const file = copyExample(SEED, (t) => t.replace("    audience: Đại diện cán bộ đoàn", "    audience: Thanh niên: lập nghiệp, Đại diện cán bộ đoàn"));
    const all = await findings(file);
    const line = lineOf(readFileSync(file, "utf8"), "audience: Thanh niên: lập nghiệp");
    expect(all).toEqual([expect.objectContaining({ code: "yaml-colon-in-value", line, column: 15 })]);
    expect(all[0].message).toMatch(/^đoạn chữ có dấu hai chấm và dấu cách \(": "\) nên phải đặt trong ngoặc kép; hãy sửa dòng này thành: audience: "Thanh niên: lập nghiệp, Đại diện cán bộ đoàn/);
  });

  it("the line it gives, copied in, makes the plan valid", async () => {
    const file = copyExample(SON_NGUYEN, (t) => t.replace(/^(\s+)theme: (.*)$/m, "$1theme: Thanh niên: $2"));
    const [finding] = await findings(file);
    expect(finding.code).toBe("yaml-colon-in-value");
    const quoted = finding.message.split("hãy sửa dòng này thành: ")[1];
    const lines = readFileSync(file, "utf8").split("\n");
    lines[finding.line - 1] = lines[finding.line - 1].replace(/\S.*$/, quoted);
    writeFileSync(file, lines.join("\n"));
    const run = await dialogue(["validate", file]);
    expect(run.code, run.stdout).toBe(0);
  });

});

describe("unresolved git merge markers (#19.3)", () => {
  const conflicted = (text: string) => {
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("    venue: "));
    const other = lines.findLastIndex((l) => /^\s+name: \S/.test(l));
    expect(other).toBeGreaterThan(at);
    const conflict = (i: number, theirs: string) => [`<<<<<<< HEAD`, lines[i], "=======", theirs, ">>>>>>> nhanh-cua-chi-lan"];
    return [
      ...lines.slice(0, at),
      ...conflict(at, "    venue: Hội trường Tỉnh ủy"),
      ...lines.slice(at + 1, other),
      ...conflict(other, lines[other].replace(/name: .*/, "name: Nguyễn Văn Bình")),
      ...lines.slice(other + 1),
    ].join("\n");
  };

  it("give exactly one finding per conflict, at the marker's line, and nothing else", async () => {
    for (const example of [SEED, SON_NGUYEN]) {
      const file = copyExample(example, conflicted);
      const text = readFileSync(file, "utf8").split("\n");
      const markers = text.flatMap((l, i) => (l.startsWith("<<<<<<<") ? [i + 1] : []));
      const all = await findings(file);
      expect(all.map((f) => [f.code, f.line, f.column])).toEqual(markers.map((line) => ["merge-conflict", line, 1]));
      expect(all[0].message).toContain("xung đột khi gộp chưa giải quyết");
      expect(all[0].message).toContain('bản "HEAD" ở trên dấu =======, bản "nhanh-cua-chi-lan" ở dưới');
    }
  });

  it("are found with diff3's base section too", async () => {
    const file = copyExample(SEED, (t) => t.replace("  code: TU\n", "<<<<<<< ours\n  code: TU\n||||||| base\n  code: T\n=======\n  code: TUU\n>>>>>>> theirs\n"));
    expect((await findings(file)).map((f) => [f.code, f.line])).toEqual([["merge-conflict", lineOf(readFileSync(file, "utf8"), "<<<<<<< ours")]]);
  });
});

/**
 * Words of the YAML parser's own messages ("Implicit map keys need to be followed by map values"):
 * none may reach a clerk. Read from the parser's code, so a new message of a new version counts too.
 */
function parserWords(): Set<string> {
  const words = new Set<string>();
  const dir = join(ROOT, "node_modules/yaml/dist/compose");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".js"))) {
    const source = readFileSync(join(dir, name), "utf8");
    for (const [, message] of source.matchAll(/onError\([^,]+, '[A-Z_]+', [`'"]([^`'"]+)/g))
      for (const word of message.match(/[A-Za-z]{4,}/g) ?? []) words.add(word.toLowerCase());
  }
  for (const word of ["yaml", "dialogue", "examples"]) words.delete(word);
  return words;
}

/** Broken copies of every example: each slip at several places, to make the parser say everything it can. */
function brokenCorpus(dir: string): string[] {
  const slips: ((line: string) => string)[] = [
    (l) => "\t" + l,
    (l) => "  \t" + l.trimStart(),
    (l) => l.slice(1),
    (l) => " " + l,
    (l) => l.replace(": ", ":"),
    (l) => l.replace(": ", ": Chủ đề: "),
    (l) => l.replace(": ", ': "'),
    (l) => l.replace(": ", ": '"),
    (l) => l.replace(": ", ": ["),
    (l) => l.replace(": ", ": {"),
    (l) => l + " ]",
    (l) => l + "#ghi chú",
    (l) => l.replace(": ", ": @"),
    (l) => l.replace(": ", ': "a\\q'),
    (l) => l.replace(": ", ": &a "),
    (l) => l.replace(": ", ": !x "),
    (l) => "- " + l,
    (l) => l.replace(": ", " "),
    (l) => l + ":",
    (l) => "%TAG ! x\n" + l,
    (l) => l + "\n---",
    (l) => l.replace(": ", ": |x"),
    (l) => l + " [a, b]: c",
    (l) => l.replace(": ", ": [a,\n- b]"),
    (l) => "x".repeat(1100) + ": 1\n" + l,
  ];
  const files: string[] = [];
  EXAMPLES.forEach((example, e) => {
    const lines = readFileSync(example, "utf8").split("\n");
    slips.forEach((slip, s) => {
      for (let k = 0; k < 3; k++) {
        const at = (e * 31 + s * 17 + k * 53) % lines.length;
        const copy = [...lines];
        copy[at] = slip(copy[at]);
        const file = join(dir, `hong-${e}-${s}-${k}.yaml`);
        writeFileSync(file, copy.join("\n"));
        files.push(file);
      }
    });
  });
  return files;
}

describe("no message of the YAML parser reaches a clerk untranslated (#16.4)", () => {
  it("a corpus of broken copies of every example gets only Vietnamese messages", async () => {
    const files = brokenCorpus(tempDir());
    const run = await dialogue(["validate", ...files, "--format", "json"]);
    const all: JsonFinding[] = JSON.parse(run.stdout);
    const english = parserWords();
    expect(english.size).toBeGreaterThan(40);
    expect(new Set(all.map((f) => f.file)).size).toBeGreaterThan(files.length / 2);
    for (const finding of all) {
      // What the message quotes from the file is the clerk's own text.
      if (/^(yaml-|merge-|duplicate-key)/.test(finding.code)) {
        const own = finding.message.replace(/"[^"]*"/g, "").replace(/thành: .*$/, "");
        const words = (own.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase()).filter((w) => english.has(w));
        expect(words, `${finding.file}:${finding.line} ${finding.code}: ${finding.message}`).toEqual([]);
      }
      expect(finding.message, finding.code).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/);
    }
    const codes = new Set(all.map((f) => f.code));
    for (const code of ["yaml-tab-indent", "yaml-bad-indent", "yaml-colon-in-value", "yaml-unclosed-quote"]) expect(codes).toContain(code);
  }, 120_000);
});
