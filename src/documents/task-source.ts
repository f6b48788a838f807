import type { Plan } from "../plan/types.gen.js";
import { eachConclusionTask } from "../plan/walk.js";
import { citationText, planCitation } from "./citation.js";
import { bodyDate, fill } from "./formal.js";
import type { Templates } from "./templates.js";

/**
 * Where a tracked task comes from, as a letter or report cites it: an assignment of a session's
 * conclusions by its notice ("Thông báo số 215-TB/TU ngày 8/5/2024"; a notice not yet numbered
 * by the session's day), any other task by the plan ("Kế hoạch số 07-KH/TU ngày 5/2/2024").
 */
export function taskSources(plan: Plan, templates: Templates): (taskId: string) => { text: string; conclusion: boolean } {
  const { wording } = templates;
  const byTask = new Map<string, string>();
  for (const { task, session } of eachConclusionTask(plan)) {
    const notice = session.record?.notice;
    const held = session.heldOn ?? session.scheduled?.date;
    byTask.set(
      task.id,
      notice?.number !== undefined
        ? citationText({ kind: "TB", number: notice.number, ...(notice.symbol !== undefined && { symbol: notice.symbol }), date: notice.date }, wording, notice.issuer ?? plan.issuer)
        : fill(wording.lists.unnumberedNotice, { date: held ? bodyDate(held) : "" }),
    );
  }
  const { issuer: _issuer, title: _title, ...planOnly } = planCitation(plan, wording);
  const ofPlan = citationText(planOnly, wording, plan.issuer);
  return (taskId) => {
    const notice = byTask.get(taskId);
    return notice === undefined ? { text: ofPlan, conclusion: false } : { text: notice, conclusion: true };
  };
}
