import type { AssignmentDeadline, ConclusionTask } from "../plan/types.gen.js";
import { bodyDate, fill } from "./formal.js";
import { joinList, type SectionWording } from "./record-text.js";

/**
 * One assignment as the notice writes it (format guide, point 5): its lead unit, coordinating
 * units, what to do and the deadline. The clerk's text is kept as written; only what it does not
 * already say is added: the lead when the text does not open with it, the coordinating units when
 * it names none of them, the deadline when it does not state it.
 */
export function assignmentText(task: ConclusionTask, unitName: (id: string) => string, w: SectionWording): string {
  const lead = unitName(task.lead);
  const coordinating = (task.coordinating ?? []).map(unitName);
  const addCoordinating = coordinating.length > 0 && !coordinating.some((name) => includesIgnoringCase(task.text, name));
  const coordinatingText = joinList(coordinating, w);

  let text = task.text.trim();
  const at = leadPosition(text, lead);
  if (at === undefined) text = fill(addCoordinating ? w.assignmentGivenCoordinating : w.assignmentGiven, { lead, coordinating: coordinatingText }) + text;
  else if (addCoordinating)
    text = text.slice(0, at) + fill(w.assignmentLeadCoordinating, { lead: text.slice(at, at + lead.length), coordinating: coordinatingText }) + text.slice(at + lead.length);

  const deadline = task.deadline && deadlinePhrase(task.deadline, w);
  if (deadline && !statesDeadline(task.text, task.deadline!)) text = text.replace(/[\s.;,]+$/u, "") + fill(w.assignmentDeadline, { deadline });
  return text;
}

/**
 * Where the text names its lead unit as the one acting: at its start, or after a word or two
 * that hand over the work ("Giao …", "Đề nghị …").
 */
function leadPosition(text: string, lead: string): number | undefined {
  const at = text.toLowerCase().indexOf(lead.toLowerCase());
  return at >= 0 && /^(\S+\s+){0,2}$/u.test(text.slice(0, at)) ? at : undefined;
}

const includesIgnoringCase = (text: string, part: string) => text.toLowerCase().includes(part.toLowerCase());

/**
 * "trước ngày 30/6/2024", "chậm nhất trong ngày 31/12/2024", "trong thời hạn 30 ngày làm việc kể từ …",
 * "trong thời hạn 10 ngày làm việc kể từ ngày nhận (vụ việc phức tạp …)", "theo lộ trình: …; …".
 */
export function deadlinePhrase(deadline: AssignmentDeadline, w: SectionWording): string | undefined {
  if (deadline.on) return fill(w.deadlineOn, { date: bodyDate(deadline.on) });
  if (deadline.before) return fill(w.deadlineBefore, { date: bodyDate(deadline.before) });
  const days = (n: number) => String(n).padStart(2, "0");
  if (deadline.daysAfter !== undefined) return fill(deadline.workingDays ? w.deadlineWorkingDaysAfter : w.deadlineDaysAfter, { days: days(deadline.daysAfter) });
  if (deadline.afterReceipt !== undefined)
    return deadline.upTo !== undefined ? fill(w.deadlineAfterReceiptUpTo, { days: days(deadline.afterReceipt), upTo: days(deadline.upTo) }) : fill(w.deadlineAfterReceipt, { days: days(deadline.afterReceipt) });
  if (deadline.stages?.length) {
    const stages = deadline.stages.map((stage) => fill(w.deadlineStage, { text: inSentence(stage.text.replace(/[\s.;,]+$/u, "")), deadline: deadlinePhrase({ on: stage.on, before: stage.before }, w) ?? "" }).trim());
    return fill(w.deadlineRoadmap, { stages: stages.join("; ") });
  }
  return undefined;
}

/** A stage's text inside the sentence: "Thi công, …" becomes "thi công, …"; a name ("UBND …", "Huyện ủy …") keeps its capital. */
const inSentence = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) && !/^\S+\s+\p{Lu}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

/** Whether the text already states the deadline: its date in any written form (30/6/2024, 30/06/2024), or its number of days. */
export function statesDeadline(text: string, deadline: AssignmentDeadline): boolean {
  const date = deadline.on ?? deadline.before;
  if (date) {
    const [y, m, d] = date.split("-").map(Number);
    return [...text.matchAll(/(\d{1,2})\/(\d{1,2})\/(\d{4})/gu)].some(([, dd, mm, yy]) => Number(dd) === d && Number(mm) === m && Number(yy) === y);
  }
  const days = deadline.daysAfter ?? deadline.afterReceipt;
  if (days !== undefined) return new RegExp(`(^|\\D)0*${days}\\s+ngày`, "u").test(text);
  if (deadline.stages) return /lộ trình/iu.test(text);
  return true;
}
