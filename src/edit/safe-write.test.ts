import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import { createFile, removeLeftovers, replaceFile } from "./safe-write.js";

const folder = () => mkdtempSync(join(tmpdir(), "write-"));
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;

describe("removeLeftovers", () => {
  it("removes only dialogue's temporary files of this plan whose run is gone (or long ago)", () => {
    const dir = folder();
    const file = join(dir, "plan.yaml");
    const dead = deadPid();
    const names = {
      killedRun: `plan.yaml.${dead}-0a1b2c3d.dialogue-tmp`,
      killedTakeOver: `plan.yaml.lock.stale-${dead}-0a1b2c3d`,
      liveRunLongAgo: `plan.yaml.${process.ppid}-99999999.dialogue-tmp`,
      liveRun: `plan.yaml.${process.ppid}-0a1b2c3d.dialogue-tmp`,
      otherPlan: `plan2.yaml.${dead}-0a1b2c3d.dialogue-tmp`,
      notOurName: `plan.yaml.${dead}.tmp`,
      aFolder: `plan.yaml.${dead}-aaaaaaaa.dialogue-tmp`,
    };
    for (const [what, name] of Object.entries(names)) {
      if (what === "aFolder") mkdirSync(join(dir, name));
      else writeFileSync(join(dir, name), "x");
    }
    utimesSync(join(dir, names.liveRunLongAgo), new Date(), new Date(Date.now() - 11 * 60_000));
    expect(removeLeftovers(file).sort()).toEqual([names.killedRun, names.killedTakeOver, names.liveRunLongAgo].sort());
    expect(readdirSync(dir).sort()).toEqual([names.liveRun, names.otherPlan, names.notOurName, names.aFolder].sort());
  });
});

describe("replaceFile", () => {
  it("replaces the whole file, keeps its permissions and leaves nothing beside it", () => {
    const dir = folder();
    const file = join(dir, "plan.yaml");
    writeFileSync(file, "year: 2021\n");
    chmodSync(file, 0o640);
    replaceFile(file, Buffer.from("year: 2022\n"));
    expect(readFileSync(file, "utf8")).toBe("year: 2022\n");
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["plan.yaml"]);
  });
});

describe("createFile", () => {
  it("never writes over a file that is there, and leaves nothing beside it", () => {
    const dir = folder();
    const file = join(dir, "ke-hoach.yaml");
    createFile(file, Buffer.from("year: 2026\n"), () => new UsageError("init-exists", { file }));
    expect(() => createFile(file, Buffer.from("year: 2027\n"), () => new UsageError("init-exists", { file }))).toThrow(UsageError);
    expect(readFileSync(file, "utf8")).toBe("year: 2026\n");
    expect(readdirSync(dir)).toEqual(["ke-hoach.yaml"]);
  });
});
