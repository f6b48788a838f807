import { describe, expect, it } from "vitest";
import type { Plan } from "../../plan/types.gen.js";
import { controlCharacters } from "./control-characters.js";

const check = (plan: unknown) => controlCharacters.check({ plan: plan as Plan, locate: () => ({ line: 0, column: 0 }) });

describe("control-characters rule", () => {
  it("warns once per text, naming each kind of control character, at the text", () => {
    const plan = { summary: "tổ chức \u001b]0;x\u0007 đối thoại\u001b[2J", purposes: ["Mục đích.", "Bình thường\nhai dòng\tcó tab"] };
    expect(check(plan)).toEqual([{ code: "control-character", severity: "warning", path: ["summary"], params: { chars: "\\x1b, \\x07" } }]);
  });

  it("looks into every text of the plan", () => {
    const plan = { implementation: [{ tasks: [{ text: "ok", items: [{ text: "x\u009by" }] }] }] };
    expect(check(plan).map((i) => i.path)).toEqual([["implementation", 0, "tasks", 0, "items", 0, "text"]]);
  });
});
