import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

// Node 20 has no module.enableCompileCache (Node ≥ 22.1). This keeps V8's compiled code of the
// bundle's own files between runs: compiling them was a large part of start-up (measured: validate
// 127 → 104 ms, render 225 → 190 ms on bare node = 61 ms). V8 checks that a cache matches the
// source and its own version and flags, and ignores it otherwise; then a fresh one is written.

interface InternalModule {
  _compile(content: string, filename: string): unknown;
}

const pending: [Script, string][] = [];

export function installCompileCache(distDir: string, version: string): void {
  const proto = (Module as unknown as { prototype: InternalModule }).prototype;
  const original = proto._compile;
  const dirs = [join(distDir, ".v8-cache"), join(tmpdir(), `dialogue-v8-cache-${version}-${process.version}`)];
  // One cache per command: each holds the functions that command actually ran.
  const command = (process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "help").replace(/[^a-z-]/g, "").slice(0, 20);
  proto._compile = function (this: Module, content: string, filename: string) {
    if (dirname(filename) !== distDir) return original.call(this, content, filename);
    const name = `${basename(filename)}.${command}.${process.version}.v8`;
    const cached = dirs.map((d) => readOrUndefined(join(d, name))).find(Boolean);
    const script = new Script(Module.wrap(content), { filename, cachedData: cached });
    if (!cached || script.cachedDataRejected) pending.push([script, name]);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  // Written at exit, after the run, so that the functions compiled lazily during it are included.
  process.once("exit", () => {
    for (const [script, name] of pending) for (const dir of dirs) if (writeAtomically(dir, name, script.createCachedData())) break;
  });
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A cache is an optimisation: any failure to write one (read-only install, full disk) is ignored. */
function writeAtomically(dir: string, name: string, data: Buffer): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, data);
    renameSync(temporary, join(dir, name));
    return true;
  } catch {
    return false;
  }
}
