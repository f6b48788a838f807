import type { Chair } from "../plan/types.gen.js";
import { isUnknown } from "../plan/unknown.js";
import type { Day } from "../tracking/day.js";
import { fill } from "./formal.js";
import { joinList, personText, type SectionWording } from "./record-text.js";

/** Who holds a chair on `day`: the last successor from that day on, else the chair as written. */
export function chairOn(chair: Chair, day: Day | undefined): Chair {
  const successor = day ? (chair.successors ?? []).filter((s) => s.from <= day).at(-1) : undefined;
  return successor ? { name: successor.name, title: successor.title ?? chair.title } : chair;
}

/**
 * A chair inside a sentence, without "đồng chí": "Nguyễn Văn Khải, Bí thư Tỉnh ủy", a role whose
 * holder is not named ("Bí thư Tỉnh ủy"), a name not known yet ("(chưa xác định), Bí thư Tỉnh ủy").
 */
export function chairPerson(chair: Chair, unknownMark: string): string {
  const name = isUnknown(chair.name) ? unknownMark : chair.name;
  return personText({ name: name ?? chair.title ?? "", title: name ? chair.title : undefined });
}

/**
 * The chairs of a session on its day: people always "đồng chí …" ("các đồng chí: A, B và C" for
 * co-chairs); a collective chair by its name ("Thường trực Tỉnh ủy"), beside people if any.
 */
export function chairsPhrase(chairs: readonly Chair[], day: Day | undefined, w: SectionWording, unknownMark: string): string {
  const now = chairs.map((c) => chairOn(c, day));
  const people = now.filter((c) => !c.body).map((c) => chairPerson(c, unknownMark));
  const bodies = now.flatMap((c) => (c.body ? [c.body] : []));
  const peopleWords = people.length === 0 ? [] : [people.length === 1 ? fill(w.onePerson, { person: people[0] }) : fill(w.severalPeople, { people: joinList(people, w) })];
  return joinList([...bodies, ...peopleWords], w);
}

/** The name that signs for the chair (minutes): the first chair's holder on `day`; none for a collective or a name not known. */
export function principalName(chairs: readonly Chair[], day: Day | undefined, unknownMark: string): string | undefined {
  const first = chairs[0] && chairOn(chairs[0], day);
  if (!first || first.body) return undefined;
  if (isUnknown(first.name)) return unknownMark;
  return first.name && personText({ name: first.name });
}
