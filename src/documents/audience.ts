import type { AudienceGroup, Session } from "../plan/types.gen.js";
import { fill } from "./formal.js";
import { headcountText } from "./headcount.js";
import { inSentence, joinList, midSentence } from "./record-text.js";
import type { Wording } from "./templates.js";

/** "Người có uy tín (huyện Ba Tơ, huyện Minh Long; khoảng 120 người)": a group with its areas and number. */
function groupText(group: AudienceGroup, wording: Wording): string {
  const { lists, missing } = wording;
  const inside = [group.areas?.length ? joinList(group.areas, lists) : "", group.count ? fill(lists.people, { count: headcountText(group.count, lists, missing.unknown) }) : ""].filter(Boolean);
  return inside.length ? `${group.group} (${inside.join(lists.listSeparatorInner)})` : group.group;
}

/**
 * Who takes part, without final punctuation: the plan's own sentence, then its groups joined with
 * "; ". A named citizen is never here: that is personal data, kept in the record (`petitioner`).
 */
export function audienceText(session: Session, wording: Wording): string {
  return audienceItems(session, wording)
    .map((item, i) => (i === 0 ? item : midSentence(item)))
    .join(wording.lists.listSeparatorInner);
}

/** The plan's own sentence and each group, as items of a list (a notice gives each its own line). */
export function audienceItems(session: Session, wording: Wording): string[] {
  const groups = (session.audienceGroups ?? []).map((g) => groupText(g, wording));
  return [session.audience && inSentence(session.audience), ...groups].filter((item): item is string => Boolean(item));
}
