import type { Plan } from "../plan/types.gen.js";
import type { Day } from "../tracking/day.js";
import { statusReport, type StatusInput, type StatusTask } from "../tracking/report.js";
import { bodyDate, fill } from "./formal.js";
import { formalFrame, identityOf, officeSignature, para, recipientsColumn, signatureColumn } from "./frame.js";
import { familyOf, issuerWords } from "./issuer.js";
import type { DocumentModel, Para } from "./model.js";
import { endContent } from "./plan-model.js";
import { inSentence, occurrenceMonth, quotedFromNotice } from "./record-text.js";
import { isIssuingOffice } from "./own-office.js";
import { DOCUMENT_KINDS, type KindModule } from "./registry.js";
import { plainSpans } from "./rich-text.js";
import { taskSources } from "./task-source.js";
import type { Templates } from "./templates.js";

/**
 * A reminder letter to every unit with overdue tasks on `asOf`: exactly the units `status` shows
 * with overdue tasks that day (the same report, unfiltered), each letter listing its own; but the
 * office that sends the letters gets none (isIssuingOffice): its tasks are handed back to the
 * command, which lists them to the clerk.
 */
export const build: KindModule<"unit">["build"] = ({ plans, asOf, replyBy }, templates) => {
  const report = statusReport(plans, asOf);
  return report.units
    .filter((unit) => unit.overdue > 0)
    .map((unit) => {
      const overdue = report.tasks.filter((t) => t.state === "overdue" && t.units.includes(unit.id));
      if (isIssuingOffice(unit.name, plans[0].plan, templates.wording)) return { part: unit.id, withheld: { reason: "own-office", unit: unit.id, unitName: unit.name, tasks: overdue } };
      return { part: unit.id, model: reminderModel(plans, unit.name, overdue, asOf, replyBy, templates) };
    });
};

/**
 * Công văn đôn đốc (CV): to one unit, on `asOf`, each overdue task with its source (the notice or
 * the plan, by number and date), its deadline and the days it is overdue, asking for a report by
 * `replyBy`. A letter has no title: its summary stands under the number ("V/v …"), and it opens
 * with "Kính gửi". The first plan's issuer sends it (the plans are of one issuer: render groups
 * them), signed as its office signs.
 */
export function reminderModel(plans: readonly StatusInput[], unitName: string, overdue: readonly StatusTask[], asOf: Day, replyBy: Day, templates: Templates): DocumentModel {
  const { wording, profile } = templates;
  const w = { ...wording.lists, ...wording.reminder };
  const plan: Plan = plans[0].plan;
  const words = issuerWords(plan.issuer, wording);
  const sources = new Map(plans.map(({ file, plan: p }) => [file, taskSources(p, templates)]));
  const body: Para[] = [para("addressee", plainSpans(fill(w.addressee, { unit: unitName })))];
  body.push(para("body", plainSpans(fill(w.opening, { asOf: bodyDate(asOf), unit: unitName, count: overdue.length }))));
  overdue.forEach((task, i) => {
    const source = sources.get(task.file)!(task.id).text;
    // An occurrence's month goes inside the item's brackets: "(buổi tháng 2/2025; theo …)", never "(…) (…)".
    const when = occurrenceMonth(task);
    const item = when && w.itemOccurrence ? w.itemOccurrence : w.item;
    const line = fill(item, { n: i + 1, task: inSentence(quotedFromNotice(task.title, w)), source, deadline: bodyDate(task.deadline!), days: task.daysOverdue, ...when });
    body.push(para("body", plainSpans(line)));
  });
  body.push(para("body", plainSpans(fill(w.request, { ...words, unit: unitName, replyBy: bodyDate(replyBy) }))));
  endContent(body, profile.body.contentEnding);

  const issuer = plan.issuer;
  return {
    date: asOf,
    ...formalFrame({ ...identityOf(plan, { date: asOf }, DOCUMENT_KINDS.reminder.symbol, w.summary, templates), title: undefined }, templates),
    body,
    signatureLeft: recipientsColumn(templates, [w.asAddressed, fill(wording.archive[familyOf(issuer)], words)]),
    signatureRight: signatureColumn(officeSignature(plan, issuer, templates), templates),
  };
}
