import Module from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { cacheFolders, readCacheFile, writeCacheFile } from "./cache-folder.js";

// Keeps V8's compiled code of the bundle's own files between runs: compiling them was a large part
// of start-up (measured: validate 127 → 104 ms, render 225 → 190 ms on bare node = 61 ms). V8 checks
// that a cache matches the source and its own version and flags, and ignores it otherwise; then a
// fresh one is written. Node ≥ 22.1 has its own (module.enableCompileCache), but it keeps the code
// compiled when a file is loaded, not the functions compiled lazily while the command runs: measured
// on 22.23.5 and 24.22.3 (seed plan, 2026-12), validate and render ran 10–35 % more instructions
// with it than with this (render on 24: 648 M against 522 M; 110 against 150 ms of CPU), so every
// version uses this one.
// Where the caches live, and why only there: cache-folder.ts.

interface InternalModule {
  _compile(content: string, filename: string): unknown;
}

const pending: [Script, string][] = [];

export function installCompileCache(distDir: string, version: string): void {
  const proto = (Module as unknown as { prototype: InternalModule }).prototype;
  const original = proto._compile;
  const folders = cacheFolders(distDir);
  // One cache per command: each holds the functions that command actually ran.
  const command = (process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "help").replace(/[^a-z-]/g, "").slice(0, 20);
  proto._compile = function (this: Module, content: string, filename: string) {
    if (dirname(filename) !== distDir) return original.call(this, content, filename);
    const name = `${basename(filename)}.${command}.${version}.${process.version}.v8`;
    let cached: Buffer | undefined;
    for (const dir of folders.read) {
      cached = readCacheFile(join(dir, name));
      if (cached) break;
    }
    const script = new Script(Module.wrap(content), { filename, cachedData: cached });
    if (!cached || script.cachedDataRejected) pending.push([script, name]);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  // Written at exit, after the run, so that the functions compiled lazily during it are included.
  process.once("exit", () => {
    if (folders.write) for (const [script, name] of pending) writeCacheFile(folders.write, name, script.createCachedData());
  });
}
