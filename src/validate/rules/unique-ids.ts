import { formatPath, type DataPath, type Issue } from "../../findings.js";
import { eachConclusionTask, eachTask, isObject, list } from "../../plan/walk.js";
import type { Rule } from "../rule.js";

/** Ids of sessions, units and tasks are each unique within the plan. */
export const uniqueIds: Rule = {
  name: "unique-ids",
  check: ({ plan, locate }) => {
    const issues: Issue[] = [];
    const families: [string, Iterable<[unknown, DataPath]>][] = [
      ["sessions", list(plan.sessions).map((s, i) => [isObject(s) && s.id, ["sessions", i]])],
      ["units", list(plan.units).map((u, i) => [isObject(u) && u.id, ["units", i]])],
      ["tasks", [...[...eachTask(plan)].map(({ task, path }): [unknown, DataPath] => [task.id, path]), ...[...eachConclusionTask(plan)].map(({ task, path }): [unknown, DataPath] => [task.id, path])]],
    ];
    for (const [, members] of families) {
      const first = new Map<string, DataPath>();
      for (const [id, path] of members) {
        if (typeof id !== "string") continue;
        const earlier = first.get(id);
        if (!earlier) {
          first.set(id, path);
          continue;
        }
        const idPath = [...earlier, "id"];
        issues.push({
          code: "duplicate-id",
          severity: "error",
          path: [...path, "id"],
          params: { id },
          details: () => ({ firstLine: locate(idPath).line, firstPath: formatPath(idPath) }),
        });
      }
    }
    return issues;
  },
};
