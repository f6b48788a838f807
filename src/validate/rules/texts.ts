import type { Issue } from "../../findings.js";
import { eachConclusionTask, eachString, eachTask, isObject, list } from "../../plan/walk.js";
import { vietnameseDate } from "../../tracking/day.js";
import { isSupportedYear } from "../../tracking/supported-years.js";
import { isRealDate } from "../calendar-date.js";
import { unclosedEmphasis } from "../../documents/rich-text.js";
import type { Rule } from "../rule.js";

const DATE = /^(\d{4})-(\d{2})-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2}|Q[1-4])$/;
/** More than a year from the plan's year, a date is most likely a typo in the year: a warning. */
const NEAR_YEARS = 1;
/**
 * More than five years away no plan means it (a session is put off by a year, a follow-up runs two
 * or three): an error, so that status, calendar and edits never count days from it.
 */
export const FAR_YEARS = 5;
/** Cited documents (a 2019 Quy định in a 2026 plan) are dated when they were issued, however long ago. */
const CITATIONS = new Set(["references", "continues"]);

/** Dates far from the plan's year, and deadlines written before it (2025-12-20 in a 2026 plan). */
export const datesNearYear: Rule = {
  name: "dates-near-year",
  check: ({ plan }) => {
    if (typeof plan.year !== "number") return [];
    const year = plan.year;
    const issues: Issue[] = [];
    const far = new Set<string>();
    for (const [value, path] of eachString(plan)) {
      if (CITATIONS.has(String(path[0]))) continue;
      const match = DATE.exec(value) ?? MONTH.exec(value);
      if (!match) continue;
      const distance = Math.abs(Number(match[1]) - year);
      if (distance > FAR_YEARS || !isSupportedYear(Number(match[1]))) {
        far.add(path.join("/"));
        issues.push({ code: "date-too-far-from-year", severity: "error", path, params: { value, shown: whenInWords(value), year, limit: FAR_YEARS } });
      } else if (distance > NEAR_YEARS) issues.push({ code: "date-far-from-year", severity: "warning", path, params: { value, shown: whenInWords(value), year } });
    }
    for (const { task, path } of [...eachTask(plan), ...eachConclusionTask(plan)]) {
      if (!isObject(task.deadline)) continue;
      // A deadline's own day, and each roadmap stage's.
      const days = [{ holder: task.deadline as unknown as Record<string, unknown>, at: [...path, "deadline"] }, ...list(task.deadline.stages).map((stage, i) => ({ holder: stage as unknown as Record<string, unknown>, at: [...path, "deadline", "stages", i] }))];
      for (const { holder, at: where } of days)
        for (const key of ["on", "before"] as const) {
          const value = isObject(holder) ? holder[key] : undefined;
          const at = [...where, key];
          if (typeof value === "string" && DATE.test(value) && Number(value.slice(0, 4)) < year && !far.has(at.join("/")))
            issues.push({ code: "deadline-before-year", severity: "warning", path: at, params: { value, day: vietnameseDate(value), year } });
        }
    }
    return issues;
  },
};

/** A day, month or quarter of the plan as Vietnamese text writes it: 20/4/2026, tháng 4/2026, quý III/2026. */
function whenInWords(value: string): string {
  if (DATE.test(value)) return vietnameseDate(value);
  const [year, part] = value.split("-");
  return part.startsWith("Q") ? `quý ${["I", "II", "III", "IV"][Number(part.slice(1)) - 1]}/${year}` : `tháng ${Number(part)}/${year}`;
}

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
      const [marker] = unclosedEmphasis(value);
      if (marker) issues.push({ code: "unbalanced-emphasis", severity: "warning", path, params: { marker } });
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
        issues.push({
          code: "deadline-text-mismatch",
          severity: "warning",
          path: [...path, "deadline"],
          params: { textDate: vietnameseDate(stated[stated.length - 1]), deadline, deadlineVi: vietnameseDate(deadline) },
        });
      }
    }
    return issues;
  },
};
