import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, copyExample, dialogue, SEED } from "../helpers/cli.js";

// `STRESS_ROUNDS=100 npx vitest run test/e2e/concurrency.test.ts` runs the hundred rounds.
const ROUNDS = Number(process.env.STRESS_ROUNDS ?? 5);
const TASKS = ["bao-cao-tu-tuong", "bao-cao-ly-son", "ra-soat-viec-lam", "to-giup-viec", "tuyen-truyen", "bao-dam-an-ninh"];

describe("writes under stress", () => {
  it(`six clerks updating six tasks of one file at once: every update lands (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const file = copyExample(SEED);
      const runs = await Promise.all(TASKS.map((id) => dialogue(["task", file, id, "done", "--on", "2021-03-30"])));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      const text = readFileSync(file, "utf8");
      expect(text.match(/status: done\n\s+completedOn: 2021-03-30/g)).toHaveLength(TASKS.length);
      expect((await dialogue(["validate", file])).code).toBe(0);
    }
  }, 60_000 + ROUNDS * 5_000);

  it(`a writer killed at a random moment leaves the old file or the new one, never a mix (${ROUNDS * 4} kills)`, async () => {
    const file = copyExample(SEED);
    const before = readFileSync(file, "utf8");
    const reference = copyExample(SEED);
    await dialogue(["task", reference, "bao-cao-ly-son", "done", "--on", "2021-05-20", "--note", "Đã nhận đủ báo cáo"]);
    const after = readFileSync(reference, "utf8");
    expect(after).not.toBe(before);
    const seen = new Set<string>();
    for (let i = 0; i < ROUNDS * 4; i++) {
      writeFileSync(file, before);
      const child = spawn(process.execPath, [BIN, "task", file, "bao-cao-ly-son", "done", "--on", "2021-05-20", "--note", "Đã nhận đủ báo cáo"], { stdio: "ignore" });
      const exited = new Promise((r) => child.once("exit", r));
      await new Promise((r) => setTimeout(r, Math.random() * 250));
      child.kill("SIGKILL");
      await exited;
      const now = readFileSync(file, "utf8");
      expect([before, after]).toContain(now);
      seen.add(now === before ? "old" : "new");
      rmSync(`${file}.lock`, { recursive: true, force: true }); // a killed writer's lock would otherwise wait out its 10 s staleness
    }
    // Whatever the kills left, the next clerk's update goes through and the plan stays valid.
    writeFileSync(file, seen.has("new") ? after : before);
    const next = await dialogue(["task", file, "bao-cao-tu-tuong", "done", "--on", "2021-03-30"]);
    expect(next.code, next.stderr).toBe(0);
    expect((await dialogue(["validate", file])).code).toBe(0);
  }, 60_000 + ROUNDS * 5_000);
});
