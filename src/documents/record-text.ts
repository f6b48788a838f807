import type { Person } from "../plan/types.gen.js";
import { fill } from "./formal.js";
import type { SectionWording } from "./templates.js";

export type { SectionWording };

/** "A, B và C" (the section's `listSeparator`, `listSeparatorInner`, `listLast`), or "A, t; B, t và C, t" when an item holds a comma, so that each item stays whole. */
export function joinList(items: readonly string[], w: SectionWording, last: string = w.listLast): string {
  const separator = items.some((item) => item.includes(",")) ? w.listSeparatorInner : w.listSeparator;
  return items.length < 2 ? (items[0] ?? "") : items.slice(0, -1).join(separator) + last + items.at(-1);
}

/** A person as a record writes them ("Lê Quang Vinh, Phó Chủ tịch UBND tỉnh"), without an "đồng chí" typed before the name. */
export const personText = (person: Person | string): string =>
  typeof person === "string" ? withoutComrade(person) : [withoutComrade(person.name), person.title].filter(Boolean).join(", ");

const withoutComrade = (name: string) => name.replace(/^\s*(các\s+)?đồng chí:?\s+/iu, "").trim();

/** People are always named "đồng chí …": one person, or "các đồng chí: A, B và C" (wording `onePerson`, `severalPeople`). */
export function peopleText(people: readonly (Person | string)[], w: SectionWording): string {
  const texts = people.map(personText);
  return texts.length === 1 ? fill(w.onePerson, { person: texts[0] }) : fill(w.severalPeople, { people: joinList(texts, w) });
}

/**
 * A field name inside a sentence is lower case ("Bồi thường, tái định cư" → "bồi thường, tái định
 * cư"); an abbreviation that opens it ("OCOP", "BHXH") keeps its capitals.
 */
export function midSentence(text: string): string {
  const firstWord = /^[^\s,;]+/u.exec(text)?.[0] ?? "";
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A sentence that starts with a filled-in place ("{reason}buổi đối thoại …") starts with a capital whatever fills it. */
export const capitalized = (text: string): string => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);

/** The fields of the opinions, each once, lower case, joined with "; " when one holds a comma (wording.md). */
export function fieldsText(fields: readonly (string | undefined)[], w: SectionWording): string {
  const unique = distinctFields(fields);
  return joinList(unique, w, unique.some((f) => f.includes(",")) ? w.listSeparatorInner : w.listSeparator);
}

/** The fields of the opinions, each once, lower case, as a sentence names them. */
export const distinctFields = (fields: readonly (string | undefined)[]): string[] => [...new Set(fields.filter((f): f is string => Boolean(f)).map((f) => midSentence(inSentence(f.trim()))))];

/** A value placed inside a sentence loses its own final punctuation ("…Quảng Ngãi)." → "…Quảng Ngãi)"). */
export const inSentence = (text: string): string => text.replace(/[\s.;,]+$/u, "");

/**
 * The body whose leaders answer citizens for a unit: a Party body (Ban cán sự đảng UBND tỉnh, Đảng
 * ủy UBND) or a standing board does not answer at a dialogue, the body it leads does
 * ("Đại diện lãnh đạo UBND tỉnh trả lời"). The prefixes are wording (`leadershipPrefixes`).
 */
export function answeringBody(unitName: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    const rest = unitName.slice(prefix.length);
    if (unitName.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase() && /^\s+\S/u.test(rest)) return rest.trim();
  }
  return unitName;
}

/**
 * A notice's text quoted elsewhere (a task's title in a letter or report) says "Thông báo này" of
 * itself; there it is the "Thông báo kết luận" (the wording's `noticeSelfReference`, `noticeReference`).
 */
export function quotedFromNotice(text: string, w: SectionWording): string {
  const self = new RegExp(w.noticeSelfReference.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
  return text.replace(self, w.noticeReference);
}

/** The month of a task of one occurrence of a recurring session (its session is `tiep-dan-2025-02`); none for other tasks. */
export function occurrenceMonth(task: { series?: string; session: string | null }): { month: number; year: string } | undefined {
  const month = task.series && task.session?.startsWith(`${task.series}-`) ? task.session.slice(task.series.length + 1) : "";
  return /^\d{4}-\d{2}$/.test(month) ? { month: Number(month.slice(5)), year: month.slice(0, 4) } : undefined;
}

/**
 * A task of one occurrence of a recurring session, named with its month: the occurrences' tasks
 * share one text, and a report listing eleven of them must say which is which
 * ("… trước mỗi buổi tiếp dân (buổi tháng 2/2025)."). Other tasks are their text.
 */
export function occurrenceTitle(task: { title: string; series?: string; session: string | null }, w: SectionWording): string {
  const when = occurrenceMonth(task);
  return when && w.occurrence ? fill(w.occurrence, { task: inSentence(task.title), ...when }) : task.title;
}
