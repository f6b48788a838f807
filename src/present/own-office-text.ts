import type { WithheldDocument } from "../documents/registry.js";
import type { Translate } from "../i18n/translate.js";
import { vietnameseDate, type Day } from "../tracking/day.js";
import { periodText } from "./period-text.js";

/**
 * What `render --only reminder` says instead of a letter to the office that sends the letters:
 * that none is made and why, then each of the office's overdue tasks at its line, for the office
 * to follow up itself (`file` is the plan that speaks for the letters).
 */
export function ownOfficeText({ unitName, tasks }: WithheldDocument["withheld"], file: string, asOf: Day, t: Translate): string {
  const lines = [t("render-reminder-own-office", { file, unit: unitName, count: tasks.length, asOf, asOfVi: vietnameseDate(asOf) })];
  for (const task of tasks) {
    const which = task.session ? t("status-session", { id: task.session }) : task.period ? t("status-period", { period: periodText(task.period, t) }) : task.stage ? t("status-stage", { id: task.stage }) : "";
    const deadline = task.deadline!;
    lines.push(t("render-reminder-own-office-task", { file: task.file, line: task.line, id: task.id, which, deadline, deadlineVi: vietnameseDate(deadline), days: task.daysOverdue }));
  }
  return lines.map((line) => line + "\n").join("");
}
