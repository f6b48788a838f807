import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withPlanLock } from "./plan-lock.js";
import { translator } from "../i18n/translate.js";
import { eachTask } from "../plan/walk.js";
import { copyExample, SEED } from "../../test/helpers/cli.js";
import { updatePlanFile, type PlannedEdit } from "./update-plan-file.js";

/** Marks a task done, found by its id in the plan as the update reads it. */
const markDone =
  (id: string) =>
  (plan: Parameters<Parameters<typeof updatePlanFile>[1]>[0]): PlannedEdit => {
    const { path } = [...eachTask(plan)].find((x) => x.task.id === id)!;
    return { change: (edit) => edit.set([...path, "status"], "in_progress"), done: "ok", unchanged: "same" };
  };

describe("updatePlanFile", () => {
  it("writes nothing when the file changed on disk while it was being updated (a clerk saving in an editor)", async () => {
    const file = copyExample(SEED);
    const theirs = readFileSync(file, "utf8").replace("place: Quảng Ngãi", "place: Quảng Ngãi # sửa tay");
    const result = await updatePlanFile(
      file,
      (plan) => {
        writeFileSync(file, theirs); // the other change lands between our read and our write
        return markDone("ra-soat-viec-lam")(plan);
      },
      translator("vi"),
    );
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("vừa bị thay đổi trong lúc cập nhật; chưa ghi gì");
    expect(readFileSync(file, "utf8")).toBe(theirs);
  });

  it("writes the change when nothing else touched the file", async () => {
    const file = copyExample(SEED);
    const result = await updatePlanFile(file, markDone("ra-soat-viec-lam"), translator("en"));
    expect(result).toEqual({ exitCode: 0, stdout: "ok\n" });
    expect(readFileSync(file, "utf8")).toContain("      - id: ra-soat-viec-lam\n        text: >-");
    expect(readFileSync(file, "utf8")).toMatch(/phụ nữ trên địa bàn tỉnh trong thời gian qua\.\n        status: in_progress\n/);
  });

  it("finds the task in the file as it is once the lock is free, not as it was when the command started", async () => {
    const file = copyExample(SEED);
    let release!: () => void;
    const held = withPlanLock(file, () => new Promise<void>((done) => (release = done)));
    const update = updatePlanFile(file, markDone("ra-soat-viec-lam"), translator("vi")); // waits for the lock
    await new Promise((r) => setTimeout(r, 100));
    const inserted = "  - units: [van-phong]\n    tasks:\n      - id: chen-them\n        text: Nhiệm vụ chèn thêm.\n";
    writeFileSync(file, readFileSync(file, "utf8").replace("implementation:\n", `implementation:\n${inserted}`));
    release();
    await held;
    expect((await update).exitCode).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain(inserted);
    expect(text).toMatch(/      - id: ra-soat-viec-lam\n        text: >-\n(.+\n){3}        status: in_progress\n/);
  });

  it("says so and writes nothing when the plan already says it", async () => {
    const file = copyExample(SEED);
    const before = readFileSync(file, "utf8");
    const result = await updatePlanFile(file, () => ({ change: (edit) => edit.set(["year"], 2021), done: "ok", unchanged: "same" }), translator("vi"));
    expect(result).toEqual({ exitCode: 0, stdout: "same\n" });
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});
