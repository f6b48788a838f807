import { CONTROL_CHARACTERS, controlName, hasControls } from "../../control-characters.js";
import type { Issue } from "../../findings.js";
import { eachString } from "../../plan/walk.js";
import type { Rule } from "../rule.js";

/** Invisible control characters (ESC, BEL, …) in a text are a paste accident or an attack on whoever prints it. */
export const controlCharacters: Rule = {
  name: "control-characters",
  check: ({ plan }) => {
    const issues: Issue[] = [];
    for (const [value, path] of eachString(plan)) {
      if (!hasControls(value)) continue;
      const chars = [...new Set(value.match(CONTROL_CHARACTERS))].map(controlName).join(", ");
      issues.push({ code: "control-character", severity: "warning", path, params: { chars } });
    }
    return issues;
  },
};
