import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import { translator } from "../i18n/translate.js";
import { withPlanLock } from "./plan-lock.js";

const plan = () => join(mkdtempSync(join(tmpdir(), "lock-")), "plan.yaml");
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;
const owner = (pid: number, host = hostname()) => JSON.stringify({ pid, host, since: "2021-04-01T01:02:03.000Z", token: "x" });
const minutesAgo = (path: string, minutes: number) => utimesSync(path, new Date(), new Date(Date.now() - minutes * 60_000));

async function refusal(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe("withPlanLock", () => {
  it("lets writers of one plan take turns, and removes its lock afterwards", async () => {
    const file = plan();
    const order: string[] = [];
    let release!: () => void;
    const first = withPlanLock(file, async () => {
      order.push("first in");
      await new Promise<void>((done) => (release = done));
      order.push("first out");
    });
    await new Promise((r) => setTimeout(r, 20));
    const second = withPlanLock(file, () => void order.push("second"));
    await new Promise((r) => setTimeout(r, 300));
    expect(order).toEqual(["first in"]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["first in", "first out", "second"]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it.each([
    ["of a process that was killed", (lock: string) => writeFileSync(lock, owner(deadPid()))],
    ["of another computer, two minutes old", (lock: string) => (writeFileSync(lock, owner(1, "may-khac")), minutesAgo(lock, 2))],
    ["with no owner written, a minute old", (lock: string) => (writeFileSync(lock, ""), minutesAgo(lock, 1))],
    ["of dialogue's first versions (a folder), a minute old", (lock: string) => (mkdirSync(lock), minutesAgo(lock, 1))],
  ])("takes over at once a lock %s", async (_, leave) => {
    const file = plan();
    leave(`${file}.lock`);
    const started = Date.now();
    expect(await withPlanLock(file, () => readFileSync(`${file}.lock`, "utf8"), { waitMs: 5_000 })).toContain(`"pid":${process.pid}`);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("waits for a colleague's lock, then says the plan is being updated — not that the folder cannot be written", async () => {
    const file = plan();
    writeFileSync(`${file}.lock`, owner(process.pid)); // alive: this very process
    const error = await refusal(withPlanLock(file, () => "never", { waitMs: 300, shownAs: "ke-hoach.yaml" }));
    expect(error.key).toBe("edit-locked");
    expect(translator("vi")(error.key, error.params)).toMatch(/^ke-hoach\.yaml đang được một lệnh dialogue khác cập nhật \(từ 08:02:03\); chưa ghi gì\. Hãy thử lại sau giây lát\.$/);
    expect(readFileSync(`${file}.lock`, "utf8")).toBe(owner(process.pid));
  });

  it("names the other computer whose fresh lock it waited for", async () => {
    const file = plan();
    writeFileSync(`${file}.lock`, owner(1, "may-van-thu"));
    const error = await refusal(withPlanLock(file, () => "never", { waitMs: 200 }));
    expect(translator("vi")(error.key, error.params)).toContain("đang được cập nhật từ máy may-van-thu");
  });

  it("knows when its own lock was taken over as stale, so that it does not write", async () => {
    const file = plan();
    const held = await withPlanLock(file, (lock) => {
      const before = lock.held();
      writeFileSync(`${file}.lock`, owner(process.pid)); // someone else's now
      return [before, lock.held()];
    });
    expect(held).toEqual([true, false]);
    expect(readFileSync(`${file}.lock`, "utf8")).toBe(owner(process.pid)); // and it leaves theirs alone
  });

  it("reports a folder it cannot write in as such", async () => {
    const error = await refusal(withPlanLock(join(tmpdir(), "khong-co-thu-muc-nay", "plan.yaml"), () => "never"));
    expect(error.key).toBe("write-no-folder");
  });
});
