import { execFileSync } from "node:child_process";
import { chmodSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./cli.js";

export const isRoot = process.getuid?.() === 0;

/** A folder on a small tmpfs (root only; undefined where it cannot be mounted): fill it to simulate a full disk. */
export function smallDisk(): { dir: string; fill(): void; done(): void } | undefined {
  if (!isRoot) return undefined;
  const dir = tempDir();
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  return {
    dir,
    fill: () => {
      for (let i = 0; ; i++)
        try {
          writeFileSync(join(dir, `fill-${i}`), Buffer.alloc(4096));
        } catch {
          return;
        }
    },
    done: () => {
      execFileSync("umount", [dir]);
      rmSync(dir, { recursive: true });
    },
  };
}

/**
 * A folder nobody may write in, with what `prepare` put there: for root a read-only tmpfs (root
 * writes through permission bits), for others a folder without the write bit.
 */
export function readOnlyFolder(prepare: (dir: string) => void): { dir: string; done(): void } | undefined {
  const dir = tempDir();
  if (!isRoot) {
    prepare(dir);
    chmodSync(dir, 0o555);
    return { dir, done: () => (chmodSync(dir, 0o755), rmSync(dir, { recursive: true })) };
  }
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", dir], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  prepare(dir);
  execFileSync("mount", ["-o", "remount,ro", dir]);
  return { dir, done: () => (execFileSync("umount", [dir]), rmSync(dir, { recursive: true })) };
}
