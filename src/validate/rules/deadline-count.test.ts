import { describe, expect, it } from "vitest";
import type { Plan } from "../../plan/types.gen.js";
import { MAX_SESSION_DEADLINES, sessionDeadlineCount } from "./deadline-count.js";

const plan = (sessions: number, allTasks: number, otherTasks = 0) => ({
  sessions: Array.from({ length: sessions }, (_, i) => ({ id: `s${i}`, theme: "Chủ đề" })),
  implementation: [
    {
      units: ["u"],
      tasks: [
        ...Array.from({ length: otherTasks }, (_, i) => ({ id: `x${i}`, text: "Việc.", deadline: { on: "2021-05-01" } })),
        ...Array.from({ length: allTasks }, (_, i) => ({ id: `t${i}`, text: "Việc.", deadline: { daysBefore: 3, session: "all" } })),
      ],
    },
  ],
});
const check = (p: unknown) => sessionDeadlineCount.check({ plan: p as Plan, locate: () => ({ line: 0, column: 0 }) });

describe("session-deadline-count rule", () => {
  it.each([
    [10, 30, 0],
    [100, 100, 5_000],
    [MAX_SESSION_DEADLINES / 10, 10, 0],
  ])("accepts %i sessions × %i tasks for every session (and %i others)", (sessions, all, other) => {
    expect(check(plan(sessions, all, other))).toEqual([]);
  });

  it("refuses tasks for every session that multiply past the limit, at the first such task", () => {
    expect(check(plan(4_000, 250, 3))).toEqual([
      {
        code: "too-many-session-deadlines",
        severity: "error",
        path: ["implementation", 0, "tasks", 3, "deadline", "session"],
        params: { tasks: 250, sessions: 4_000, count: 1_000_000, limit: MAX_SESSION_DEADLINES },
      },
    ]);
  });
});
