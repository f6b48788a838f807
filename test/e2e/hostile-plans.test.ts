import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HOSTILE_BYTES, hostilePlans } from "../../bench/hostile-plans.mjs";
import { dialogue, tempDir } from "../helpers/cli.js";

/**
 * What validate says of plans built for each check's worst case, at a quarter of the 1 MB that
 * `npm run bench` times (issue #11: under 2 s each there; parsing 1 MB of YAML is most of it, and
 * thirteen such runs cost a minute and a half of every `npm test`). The hang guard is generous:
 * the quadratic checks these replaced took minutes at 1 MB.
 */
const TEST_BYTES = 250_000;
const HANG_GUARD_MS = 40_000;
const PER_CODE = 50;
const HEAD_LINES = [
  "year: 2021",
  "issuer: { name: HUYỆN ỦY THỬ NGHIỆM, code: HU }",
  "place: Thử Nghiệm",
  "summary: tổ chức đối thoại",
  "signature: { position: BÍ THƯ, name: Người Ký }",
  "units: [{ id: u, name: Đơn vị }]",
];

interface Finding {
  code: string;
  severity: string;
  message: string;
}

describe("validate on plans built for each check's worst case", () => {
  it.each(Object.entries(hostilePlans))("%s: in bounded time, at most 50 findings per code and a count of the rest", async (_, make) => {
    const file = join(tempDir(), "hostile.yaml");
    const text = make(TEST_BYTES);
    writeFileSync(file, text);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(TEST_BYTES);

    const start = performance.now();
    const run = await dialogue(["validate", file, "--format", "json"]);
    expect(performance.now() - start).toBeLessThan(HANG_GUARD_MS);

    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    const findings = JSON.parse(run.stdout) as Finding[];
    const perCode = new Map<string, number>();
    for (const f of findings) perCode.set(`${f.severity}:${f.code}`, (perCode.get(`${f.severity}:${f.code}`) ?? 0) + 1);
    for (const count of perCode.values()) expect(count).toBeLessThanOrEqual(PER_CODE);
    for (const rest of findings.filter((f) => f.code === "findings-omitted")) expect(rest.message).toMatch(/^… và [\d.]+ (lỗi|cảnh báo) cùng loại khác \([a-z-]+\)/);
  }, HANG_GUARD_MS * 2);

  // The plan's head takes lines 1–9; the shape starts on line 10.
  it.each<[keyof typeof hostilePlans, string, number, string]>([
    ["lists nested 600 deep, full of texts", "yaml-flow-too-deep", 10, "đến đây có 33 dấu ngoặc [ { mở lồng nhau mà chưa đóng (dấu ngoài cùng ở dòng 10); một kế hoạch lồng nhiều nhất 32 cấp."],
    ["unclosed brackets", "yaml-flow-too-deep", 10, "(dấu ngoài cùng ở dòng 10)"],
    ["broken lines", "yaml-flow-too-deep", 42, "(dấu ngoài cùng ở dòng 10)"],
    ["lists nested 28 deep, full of texts", "yaml-flow-too-many-items", 10, "đến đây, trong các ngoặc [ ] { } đã có hơn 200.000 mục, nhiều hơn mọi kế hoạch"],
    ["lists opened on one line", "yaml-too-deep", 10, "lồng vào nhau quá nhiều cấp"],
  ])("1 MB of %s: refused before the parser reads it, with one finding where the limit is crossed", async (name, code, line, words) => {
    const file = join(tempDir(), "hostile.yaml");
    writeFileSync(file, hostilePlans[name](HOSTILE_BYTES));
    const json = await dialogue(["validate", file, "--format", "json"]);
    expect((JSON.parse(json.stdout) as (Finding & { line: number })[]).map((f) => [f.code, f.line])).toEqual([[code, line]]);
    const text = await dialogue(["validate", file]);
    expect(text.stdout).toContain(words);
    expect(text.code).toBe(1);
  });

  it("refuses, quickly, a 300 KB plan whose tasks for every session multiply into a million deadlines", async () => {
    const sessions = Array.from({ length: 4_000 }, (_, i) => `  - { id: s${i}, theme: Chủ đề, planned: { date: 2021-05-01 } }`);
    const tasks = Array.from({ length: 250 }, (_, i) => `      - { id: t${i}, text: Việc., deadline: { daysBefore: 3, session: all } }`);
    const file = join(tempDir(), "p.yaml");
    writeFileSync(file, [...HEAD_LINES, "sessions:", ...sessions, "implementation:\n  - units: [u]\n    tasks:", ...tasks, ""].join("\n"));
    for (const command of [["status", file, "--format", "json"], ["calendar", file, "-o", join(tempDir(), "lich.ics")]]) {
      const start = performance.now();
      const run = await dialogue(command);
      expect(performance.now() - start).toBeLessThan(HANG_GUARD_MS);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('250 nhiệm vụ ghi "session: all" nhân với 4000 buổi đối thoại thành 1.000.000 thời hạn, quá giới hạn 10.000');
    }
  }, HANG_GUARD_MS * 3);

  it("counts every one of 20,000 unknown references, and names the nearest unit for those it shows", async () => {
    const units = ["ban-dan-van", "cong-an", "tinh-doan"];
    const plan = [
      "year: 2021",
      "issuer: { name: HUYỆN ỦY THỬ NGHIỆM, code: HU }",
      "place: Thử Nghiệm",
      "summary: tổ chức đối thoại",
      "signature: { position: BÍ THƯ, name: Người Ký }",
      `units: [${units.map((id) => `{ id: ${id}, name: Đơn vị }`).join(", ")}]`,
      `implementation:\n  - units: [${units.join(", ")}]\n    tasks: [{ text: Việc., coordinating: [${Array(20_000).fill("cong-ann").join(", ")}] }]`,
      "",
    ].join("\n");
    const file = join(tempDir(), "p.yaml");
    writeFileSync(file, plan);
    const run = await dialogue(["validate", file]);
    const lines = run.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes('không có đơn vị nào mang mã "cong-ann"; có phải là "cong-an"?'))).toHaveLength(PER_CODE);
    expect(lines.at(-2)).toContain("… và 19.950 lỗi cùng loại khác (unknown-unit) từ đây trở đi");
    expect(lines.at(-1)).toBe("đã kiểm tra 1 tệp: 20000 lỗi, 0 cảnh báo.");
    expect(run.code).toBe(1);
  });
});
