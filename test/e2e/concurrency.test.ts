import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { withPlanLock } from "../../src/edit/plan-lock.js";
import { BIN, copyExample, dialogue, SEED } from "../helpers/cli.js";

// `STRESS_ROUNDS=100 npx vitest run test/e2e/concurrency.test.ts` runs the hundred rounds.
const ROUNDS = Number(process.env.STRESS_ROUNDS ?? 5);
const TASKS = ["bao-cao-tu-tuong", "bao-cao-ly-son", "ra-soat-viec-lam", "to-giup-viec", "tuyen-truyen", "bao-dam-an-ninh"];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Task {
  id?: string;
  status?: string;
  completedOn?: string;
}

/** Every task of the plan text by id, with its recorded progress. */
function tasksById(text: string): Map<string, Task> {
  const plan = parse(text) as { implementation: { tasks?: (Task & { items?: Task[] })[] }[] };
  const all = plan.implementation.flatMap((item) => item.tasks ?? []).flatMap((task) => [task, ...(task.items ?? [])]);
  return new Map(all.filter((task) => task.id).map((task) => [task.id!, task]));
}

/** What a clerk editing the plan by hand does meanwhile: an item above every target, or a task above one of them; then takes them out again. */
function reshape(text: string, n: number): string {
  if (n % 3 === 2) return text.replace(/ {2}- units: \[van-phong\]\n {4}tasks:\n {6}- id: chen-\d+\n.*\n/g, "").replace(/ {6}- id: chen-\d+\n.*\n/g, "");
  if (n % 3 === 0) return text.replace("implementation:\n", `implementation:\n  - units: [van-phong]\n    tasks:\n      - id: chen-${n}\n        text: Nhiệm vụ chèn thêm ${n}.\n`);
  const target = TASKS[n % TASKS.length];
  return text.replace(`      - id: ${target}\n`, `      - id: chen-${n}\n        text: Nhiệm vụ chèn thêm ${n}.\n      - id: ${target}\n`);
}

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

  it(`tasks inserted and removed above the targets while six clerks wait for the lock: every update lands on its own task or is refused (${ROUNDS} rounds)`, async () => {
    let landed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const file = copyExample(SEED);
      let clerksDone = false;
      let reshaped = 0;
      const reshaper = (async () => {
        for (let n = round; !clerksDone || reshaped < 3; n++) {
          await withPlanLock(file, async () => {
            writeFileSync(file, reshape(readFileSync(file, "utf8"), n));
            reshaped++;
            await sleep(20 + Math.random() * 150); // the clerks start, read nothing yet, and wait
          });
          await sleep(50 + Math.random() * 200);
        }
      })();
      await sleep(10);
      const runs = await Promise.all(TASKS.map((id) => dialogue(["task", file, id, "done", "--on", "2021-03-30"])));
      clerksDone = true;
      await reshaper;

      const tasks = tasksById(readFileSync(file, "utf8"));
      runs.forEach((run, i) => {
        const task = tasks.get(TASKS[i]);
        if (run.code === 0) {
          landed++;
          expect(task, run.stdout).toMatchObject({ status: "done", completedOn: "2021-03-30" });
        } else {
          expect(run.stderr).toContain("đang được một lệnh dialogue khác cập nhật");
          expect(task?.status).toBeUndefined();
        }
      });
      for (const [id, task] of tasks) if (id.startsWith("chen-")) expect(task, id).toEqual({ id, text: expect.any(String) });
      expect((await dialogue(["validate", file])).code).toBe(0);
    }
    expect(landed).toBeGreaterThan(0);
  }, 60_000 + ROUNDS * 10_000);

  it(`a writer killed at a random moment leaves the old file or the new one, never a mix, and the next writer cleans up after it (${ROUNDS * 4} kills)`, async () => {
    const file = copyExample(SEED);
    const before = readFileSync(file, "utf8");
    const reference = copyExample(SEED);
    const timed = Date.now();
    await dialogue(["task", reference, "bao-cao-ly-son", "done", "--on", "2021-05-20", "--note", "Đã nhận đủ báo cáo"]);
    const duration = Date.now() - timed; // kills fall anywhere in a whole run, the lock and the write included
    const after = readFileSync(reference, "utf8");
    expect(after).not.toBe(before);
    for (let i = 0; i < ROUNDS * 4; i++) {
      writeFileSync(file, before);
      const child = spawn(process.execPath, [BIN, "task", file, "bao-cao-ly-son", "done", "--on", "2021-05-20", "--note", "Đã nhận đủ báo cáo"], { stdio: "ignore" });
      const exited = new Promise((r) => child.once("exit", r));
      await sleep(Math.random() * duration);
      child.kill("SIGKILL");
      await exited;
      expect([before, after]).toContain(readFileSync(file, "utf8"));
      // no clean-up here: a killed writer's lock and temporary file are for the next writer to deal with
    }
    const started = Date.now();
    const next = await dialogue(["task", file, "bao-cao-tu-tuong", "done", "--on", "2021-03-30"]);
    expect(next.code, next.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000); // the killed writer's lock did not have to age
    expect(readdirSync(dirname(file))).toEqual(["plan.yaml"]);
    expect((await dialogue(["validate", file])).code).toBe(0);
  }, 60_000 + ROUNDS * 5_000);
});
