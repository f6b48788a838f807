import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HOSTILE_BYTES, hostilePlans } from "../../bench/hostile-plans.mjs";
import { dialogue, tempDir } from "../helpers/cli.js";

/**
 * A hang guard, not a benchmark (`npm run bench` has the times): each of these took from 20 s to
 * several minutes when a check compared every item with every other; linear checks take a few
 * seconds even on a busy machine.
 */
const HANG_GUARD_MS = 40_000;
const PER_CODE = 50;

interface Finding {
  code: string;
  severity: string;
  message: string;
}

describe("validate on 1 MB plans built for each check's worst case", () => {
  it.each(Object.entries(hostilePlans))("%s: in bounded time, at most 50 findings per code and a count of the rest", async (_, make) => {
    const file = join(tempDir(), "hostile.yaml");
    const text = make();
    writeFileSync(file, text);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(HOSTILE_BYTES);

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
