import type { Conclusion, Record as SessionRecord } from "../plan/types.gen.js";
import { fill } from "./formal.js";
import { fieldsText, inSentence, midSentence, type SectionWording } from "./record-text.js";

/** How many opinions a record counts and how many were answered on the spot: the summary's figures when it has one (the typed opinions are then examples), else the typed ones. */
export function opinionCounts(record: SessionRecord): { count: number; answered: number } {
  const opinions = record.opinions ?? [];
  if (!record.opinionsSummary) return { count: opinions.length, answered: opinions.filter((o) => o.answers?.length).length };
  return { count: record.opinionsSummary.count, answered: record.opinionsSummary.answered ?? 0 };
}

/** "Trước buổi đối thoại, đã tiếp nhận 132 ý kiến của Nhân dân, tổng hợp thành 12 nhóm vấn đề, lựa chọn 18 ý kiến để đối thoại trực tiếp." */
export function triageText(record: SessionRecord, w: SectionWording): string | undefined {
  const t = record.triage;
  if (!t) return undefined;
  const grouped = t.groups ? fill(w.triageGroups, { groups: t.groups }) : "";
  const selected = t.selected !== undefined ? fill(w.triageSelected, { selected: t.selected }) : "";
  return fill(w.triage, { received: t.received, grouped, selected });
}

/** The opinions of a large dialogue by group: "… 73 ý kiến phát biểu, thuộc 5 nhóm vấn đề: đất đai (20 ý kiến; bồi thường, tái định cư; cấp giấy chứng nhận); …". */
export function summaryText(record: SessionRecord, w: SectionWording): string | undefined {
  const s = record.opinionsSummary;
  if (!s) return undefined;
  if (!s.groups?.length) return fill(w.opinionsSummaryNoFields, { count: s.count });
  const groups = s.groups.map((g) => {
    const inside = [g.count ? fill(w.groupCount, { count: g.count }) : "", g.fields?.length ? fieldsText(g.fields, w) : ""].filter(Boolean).join(w.listSeparatorInner);
    return midSentence(inSentence(g.group)) + (inside ? ` (${inside})` : "");
  });
  return fill(w.opinionsSummaryGroups, { count: s.count, groupCount: s.groups.length, groups: groups.join(w.listSeparatorInner) });
}

/** The lines of a conclusion that is not an assignment: its text, then each disciplinary measure as a bullet. */
export function conclusionLines(conclusion: Conclusion, w: SectionWording): { text: string; bullets: string[] } {
  const bullets = (conclusion.measures ?? []).map((m) => fill(m.office ? w.measureWithOffice : w.measure, { person: m.person, office: inSentence(m.office ?? ""), measure: inSentence(m.measure) }));
  return { text: conclusion.text, bullets };
}
