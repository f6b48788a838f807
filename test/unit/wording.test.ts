import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGE_KEYS } from "../../src/i18n/keys.js";
import { LANGUAGES } from "../../src/i18n/languages.js";
import { dialogue, ROOT, SEED, tempDir } from "../helpers/cli.js";

/**
 * The clerk's words (one term per concept): every Vietnamese text the tool prints or writes is
 * collected — the catalogue's messages and help, the schema's hover texts, the templates' wording,
 * the plan `init` writes and the record skeleton — and none may use a term the project's wording
 * list rejects. Each rule names the term to use instead.
 */
const REJECTED: readonly [RegExp, string][] = [
  [/\bphiên\b(?! bản)/iu, "buổi đối thoại (a session), never phiên"],
  [/xong, trễ hạn|xong, đúng hạn|chưa xong|\btrễ hạn\b/iu, "the four buckets: Hoàn thành đúng hạn · Hoàn thành quá hạn · Đang thực hiện, trong hạn · Đang thực hiện, quá hạn"],
  [/\bquá \d+ ngày/u, "quá hạn 83 ngày"],
  [/không sớm hơn/iu, "sớm nhất 22/3/2021"],
  [/chờ lịch đối thoại/iu, "chờ chốt lịch · chờ ban hành thông báo"],
  [/Tỷ lệ hoàn thành(?!\s*\(trên số đã đến hạn\)|\s*\n?\(trên số)/iu, "Tỷ lệ hoàn thành (trên số đã đến hạn)"],
  [/\bkhóa\b|\bkhoá\b/iu, "trường (a field), mã (an id)"],
  [/phần tử/iu, "mục"],
  [/lược đồ/iu, "cấu trúc tệp kế hoạch"],
  [/mẫu kế hoạch|\bmẫu\b(?! văn bản)(?!\s*\(template)/iu, "cấu trúc tệp kế hoạch · mẫu văn bản · thể thức: mẫu only for the templates"],
  [/văn bản chứng minh/iu, "văn bản báo cáo kết quả"],
  [/phải là văn bản\b/iu, "một đoạn chữ (the type text)"],
  [/ngôn ngữ thông báo/iu, "ngôn ngữ hiển thị"],
  [/mã thoát/iu, "Mã kết thúc: 0 – không có lỗi; …"],
  [/Ban Cán sự đảng/u, "Ban cán sự đảng"],
  [/\b[A-ZĐ][^,;:.]* và [^,;:.]+ và /u, "several people: các đồng chí: A, B và C"],
  [/(?<!(giao|làm|nhắc|công|trong|dõi|vụ) )\bviệc\b(?! (làm|thực hiện|tiếp dân|đối thoại))/iu, "nhiệm vụ (a task), never a bare việc"],
  [/mà ở đây không có/iu, "formal wording: nhưng … không …"],
  [/(?<!(thời|quá|đúng|đến|trong|giới|gia|quyền) )(?<![\p{L}])hạn(?![\p{L}])(?! chế| cuối)/iu, "thời hạn; a bare hạn only in set phrases (quá hạn, đúng hạn, đến hạn, trong hạn)"],
];

/** The parameters messages are filled with, chosen to take every branch that adds words. */
const PARAMS: Record<string, string | number>[] = [
  { file: "ke-hoach.yaml", id: "dat-dai", value: "2021-02-30", limit: 2, property: "theme", year: 2021, month: 2, days: 28, suggestion: "theme", allowed: "a, b", status: "postponed", expected: "string", kind: "link", count: 3, tasks: 2, sessions: 3, session: "dat-dai", state: "x", completedOn: "2021-03-30", evidence: "Báo cáo", severity: "error", code: "unknown-unit", matches: "a", known: "a", since: "8:00", host: "may", dateVi: "1/4/2021", monthVi: "4/2021", time: "08:00", reason: "EACCES", option: "--on", action: "--date", detail: "x", field: "a.b", textDate: "31/3/2021", deadline: "1/4/2021", marker: "*", chars: "\\x1b", firstLine: 3, firstPath: "units[0]", dir: "mau-cua-tinh", profile: "hd99", target: "/etc/passwd", width: 210, height: 297 },
  { limit: 1, suggestion: "", days: 0, monthVi: "", dateVi: "", status: "cancelled", severity: "warning", field: "" },
  { expected: "object", kind: "folder", rule: "id" },
  { expected: "array", kind: "device" },
  { expected: "integer", kind: "pipe" },
];

function* strings(node: unknown, where: string): Generator<[string, string]> {
  if (typeof node === "string") yield [where, node];
  else if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* strings(item, `${where}[${i}]`);
  else if (node && typeof node === "object") for (const [key, value] of Object.entries(node)) yield* strings(value, `${where}.${key}`);
}

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

/** What the schema shows in the editor: titles, descriptions, value descriptions, messages. */
function* schemaTexts(node: unknown, where = "plan.schema.json"): Generator<[string, string]> {
  if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* schemaTexts(item, `${where}[${i}]`);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (["title", "description", "markdownDescription", "enumDescriptions", "errorMessage"].includes(key)) yield* strings(value, `${where}.${key}`);
      else if (typeof value === "object") yield* schemaTexts(value, `${where}.${key}`);
    }
}

function catalogueTexts(): [string, string][] {
  const vi = LANGUAGES.vi;
  const out: [string, string][] = [];
  for (const key of MESSAGE_KEYS) for (const params of PARAMS) out.push([`vi.ts ${key}`, vi.messages[key]({ ...PARAMS[0], ...params })]);
  out.push(...strings(vi.help, "vi.ts help"));
  out.push(["vi.ts help defaultIs", vi.help.defaultIs("x")], ["vi.ts help oneOf", vi.help.oneOf("x")]);
  return out;
}

async function writtenTexts(): Promise<[string, string][]> {
  const dir = tempDir();
  const plan = join(dir, "ke-hoach-2026.yaml");
  const init = await dialogue(["init", plan, "--yes", "--province", "Quảng Ngãi", "--signer", "Họ Tên", "--year", "2026", "--session", "Chủ đề một", "--units", "ban-tuyen-giao-dan-van,cong-an"]);
  expect(init.code, init.stderr).toBe(0);
  const record = join(dir, "ke-hoach-2021.yaml");
  const seed = readFileSync(SEED, "utf8");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(record, seed);
  expect((await dialogue(["session", record, "khoi-nghiep", "--held-on", "2021-04-22", "--on", "2021-04-22"])).code).toBe(0);
  const skeleton = await dialogue(["record", record, "khoi-nghiep"]);
  expect(skeleton.code, skeleton.stderr).toBe(0);
  const before = new Set(seed.split("\n"));
  const added = readFileSync(record, "utf8").split("\n").filter((line) => !before.has(line)).join("\n");
  return [
    ["init's plan", readFileSync(plan, "utf8")],
    ["the record skeleton", added],
  ];
}

function allTexts(): [string, string][] {
  const templates = ["templates/wording.json", "templates/units.json", ...readdirSync(join(ROOT, "templates/profiles")).map((f) => `templates/profiles/${f}`)];
  return [...catalogueTexts(), ...schemaTexts(json("schemas/plan.schema.json")), ...templates.flatMap((path) => [...strings(json(path), path)])];
}

describe("the clerk's words", () => {
  it("collects texts from every source (catalogue, help, schema, templates)", () => {
    const where = allTexts().map(([w]) => w.split(/[ .[]/)[0]);
    for (const source of ["vi", "plan", "templates/wording", "templates/units"]) expect(where.some((w) => w.startsWith(source)), source).toBe(true);
    expect(allTexts().length).toBeGreaterThan(1000);
  });

  it("no text the tool prints or writes uses a term the wording list rejects", async () => {
    const found = [...allTexts(), ...(await writtenTexts())].flatMap(([where, text]) =>
      REJECTED.filter(([term]) => term.test(text)).map(([term, instead]) => `${where}: "${text.match(term)![0]}" in "${text.slice(0, 160)}" → ${instead}`),
    );
    expect(found).toEqual([]);
  });

  it("personal data is protected under the law in force (Luật Bảo vệ dữ liệu cá nhân 2025, from 1/1/2026)", () => {
    const citing = allTexts().filter(([, text]) => /dữ liệu cá nhân/i.test(text) && /(Luật|Nghị định) /.test(text));
    expect(citing.length).toBeGreaterThan(0);
    for (const [where, text] of citing) expect(text, where).toContain("91/2025/QH15");
  });

  it("a new plan sends the superior bodies its copy 'để b/c', as offices write it", async () => {
    const [[, plan]] = await writtenTexts();
    const recipients = plan.slice(plan.indexOf("recipients:")).split("\n").slice(1).filter((line) => line.startsWith("  - ")).map((line) => line.slice(4));
    expect(recipients.filter((r) => /Trung ương/.test(r))).toEqual(["Ban Bí thư Trung ương Đảng (để b/c)", "Ban Tuyên giáo và Dân vận Trung ương (để b/c)"]);
    expect(recipients.filter((r) => !/Trung ương/.test(r)).some((r) => r.includes("b/c"))).toBe(false);
  });

  it("each rule catches what it is written for", () => {
    const caught = (text: string) => REJECTED.some(([term]) => term.test(text));
    for (const bad of ["phiên đối thoại", "xong, trễ hạn", "quá 83 ngày", "đã quá 3 ngày", "không sớm hơn 22/3/2021", "chờ lịch đối thoại", "Tỷ lệ hoàn thành", "khóa", "phần tử", "lược đồ", "mẫu kế hoạch", "văn bản chứng minh", "phải là văn bản.", "ngôn ngữ thông báo", "Mã thoát: 0 tốt", "Ban Cán sự đảng UBND tỉnh", "Đồng chí A và B và C", "việc gì quá hạn", "việc phải làm", "mà ở đây không có", "có hạn riêng", "hạn tương đối"])
      expect(caught(bad), bad).toBe(true);
    for (const good of ["in số phiên bản", "quá hạn 83 ngày", "không được quá 2 năm", "sớm nhất 22/3/2021", "Tỷ lệ hoàn thành (trên số đã đến hạn)", "mẫu văn bản", "văn bản báo cáo kết quả", "Ban cán sự đảng UBND tỉnh", "các đồng chí: A, B và C", "ngày làm việc", "nội dung giao việc", "nhắc việc", "trong việc tiếp dân", "Theo dõi việc thực hiện", "Thời hạn", "quá hạn 3 ngày", "hạn chế", "hoàn thành đúng hạn"])
      expect(caught(good), good).toBe(false);
  });
});
