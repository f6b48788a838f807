import type { Issue } from "../../findings.js";
import { eachConclusionTask, eachString, eachTask, isObject, list } from "../../plan/walk.js";
import { isRealDate } from "../calendar-date.js";
import type { Rule } from "../rule.js";

const DATE = /^(\d{4})-(\d{2})-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2}|Q[1-4])$/;

/** A date more than a year away from the plan's year is most likely a typo in the year. */
export const datesNearYear: Rule = {
  name: "dates-near-year",
  check: ({ plan }) => {
    if (typeof plan.year !== "number") return [];
    const issues: Issue[] = [];
    for (const [value, path] of eachString(plan)) {
      const match = DATE.exec(value) ?? MONTH.exec(value);
      if (match && Math.abs(Number(match[1]) - plan.year) > 1)
        issues.push({ code: "date-far-from-year", severity: "warning", path, params: { value, year: plan.year } });
    }
    return issues;
  },
};

/** Recipients are stored bare; the profile adds "," or ";" and the final ".". */
export const recipientPunctuation: Rule = {
  name: "recipient-punctuation",
  check: ({ plan }) =>
    list(plan.recipients).flatMap((r, i): Issue[] =>
      typeof r === "string" && /[,;.]\s*$/.test(r) ? [{ code: "recipient-punctuation", severity: "warning", path: ["recipients", i] }] : [],
    ),
};

/** `*italic*` and `**bold**` markers come in pairs, or the rendered emphasis runs to the end. */
export const balancedEmphasis: Rule = {
  name: "balanced-emphasis",
  check: ({ plan }) => {
    const issues: Issue[] = [];
    for (const [value, path] of eachString(plan)) {
      const bold = value.match(/\*\*/g)?.length ?? 0;
      const single = (value.replace(/\*\*/g, "").match(/\*/g)?.length ?? 0);
      if (bold % 2) issues.push({ code: "unbalanced-emphasis", severity: "warning", path, params: { marker: "**" } });
      else if (single % 2) issues.push({ code: "unbalanced-emphasis", severity: "warning", path, params: { marker: "*" } });
    }
    return issues;
  },
};

const TEXT_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})/g;

/** A task whose text states a date ("chậm nhất trong ngày 31/3/2021") has the same date as its deadline. */
export const deadlineMatchesText: Rule = {
  name: "deadline-matches-text",
  check: ({ plan }) => {
    const issues: Issue[] = [];
    for (const { task, path } of [...eachTask(plan), ...eachConclusionTask(plan)]) {
      const deadline = isObject(task.deadline) ? (task.deadline.on ?? task.deadline.before) : undefined;
      if (typeof deadline !== "string" || !isRealDate(deadline) || typeof task.text !== "string") continue;
      const stated = [...task.text.matchAll(TEXT_DATE)].map(([, d, m, y]) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`);
      if (stated.length && !stated.includes(deadline)) {
        const [y, m, d] = stated[stated.length - 1].split("-");
        issues.push({
          code: "deadline-text-mismatch",
          severity: "warning",
          path: [...path, "deadline"],
          params: { textDate: `${Number(d)}/${Number(m)}/${y}`, deadline },
        });
      }
    }
    return issues;
  },
};
