import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const SRC = join(ROOT, "src");

/** The part of `src/` a file belongs to: its first folder, or itself for a file at the top. */
const partOf = (file: string) => relative(SRC, file).split(sep)[0];

/** part → the parts it imports, with one importing file for each, from the source files (not tests). */
function importsBetweenParts(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => join(SRC, f));
  for (const file of files) {
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
      const target = normalize(join(dirname(file), spec));
      if (!target.startsWith(SRC + sep)) continue;
      const [from, to] = [partOf(file), partOf(target).replace(/\.js$/, ".ts")];
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      graph.get(from)!.set(to, relative(ROOT, file));
    }
  }
  return graph;
}

/** A path of parts that leads back to its start, if there is one. */
function findCycle(graph: Map<string, Map<string, string>>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const walk = (part: string, path: string[]): string[] | undefined => {
    if (state.get(part) === "open") return [...path.slice(path.indexOf(part)), part];
    if (state.get(part) === "done") return undefined;
    state.set(part, "open");
    for (const next of graph.get(part)?.keys() ?? []) {
      const cycle = walk(next, [...path, part]);
      if (cycle) return cycle;
    }
    state.set(part, "done");
    return undefined;
  };
  for (const part of graph.keys()) {
    const cycle = walk(part, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("the map of the code (README, For contributors)", () => {
  it("has no import cycle between the folders of src/", () => {
    const graph = importsBetweenParts();
    const cycle = findCycle(graph);
    const witnesses = cycle?.slice(1).map((to, i) => `${cycle[i]} → ${to} (${graph.get(cycle[i])!.get(to)})`);
    expect(witnesses ?? []).toEqual([]);
  });

  it("keeps the core free of the terminal, the CLI and the document libraries", () => {
    const core = ["tracking", "validate", "plan", "documents", "calendar", "pipeline", "load", "edit"];
    const graph = importsBetweenParts();
    const offending = core.flatMap((part) => [...(graph.get(part)?.keys() ?? [])].filter((to) => ["cli", "commands", "present", "init"].includes(to)).map((to) => `${part} → ${to}`));
    expect(offending).toEqual([]);
  });
});
