import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
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
