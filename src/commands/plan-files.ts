import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { compareCodeUnits } from "../tracking/day.js";

const PLAN_FILE = /\.ya?ml$/i;

/**
 * The plan files named on the command line, a folder standing for the `.yaml` and `.yml` files
 * directly inside it (in name order, so that every run reads them in the same order). Anything
 * else is passed on as it is, for the loader to accept or refuse with its own message.
 */
export function planFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      return [path];
    }
    if (!isFolder) return [path];
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => PLAN_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
      .map((entry) => entry.name)
      .sort(compareCodeUnits)
      .map((name) => join(path, name));
  });
}

/**
 * Each file once, in the order first named: a plan given twice (`render . kh.yaml`, a link, a path
 * written two ways) would count its sessions, tasks and figures twice. Files are the same when
 * their real paths are; a path that does not resolve is kept, for the loader's own message.
 */
export function distinctFiles(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      real = resolve(file);
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
