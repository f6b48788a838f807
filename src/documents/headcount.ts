import type { Attendance, Headcount } from "../plan/types.gen.js";
import { isUnknown } from "../plan/unknown.js";
import { fill } from "./formal.js";
import type { SectionWording } from "./templates.js";

/**
 * A number of people as plans write it, from the wording's `lists`: "khoảng 200", "200", "hơn
 * 150", "hàng trăm", "hàng nghìn", or the visible unknown marker.
 */
export function headcountText(h: Headcount, w: SectionWording, unknownMark: string): string {
  if (h.qualifier === "hundreds") return w.countHundreds;
  if (h.qualifier === "thousands") return w.countThousands;
  if (h.count === undefined || isUnknown(h.count)) return unknownMark;
  if (h.qualifier === "over") return fill(w.countOver, { count: h.count });
  return fill(h.approximate === false ? w.countExact : w.countApproximate, { count: h.count });
}

/**
 * The attendance of a session in words, without a capital or a full stop: "khoảng 200 người",
 * "khoảng 50 đại biểu và hơn 300 người dân", then its parts: "…, trong đó: phần … khoảng 100 người; …".
 */
export function attendanceText(a: Attendance, w: SectionWording, unknownMark: string): string {
  const own = a.count !== undefined || a.qualifier ? headcountText(a, w, unknownMark) : undefined;
  const total = a.delegates
    ? fill(w.delegatesAndCitizens, { delegates: headcountText(a.delegates, w, unknownMark), citizens: own ?? unknownMark })
    : fill(w.people, { count: own ?? unknownMark });
  if (!a.parts?.length) return total;
  const parts = a.parts.map((p) => fill(w.attendancePart, { label: p.label, count: headcountText(p, w, unknownMark) }));
  return fill(w.attendanceWithParts, { total, parts: parts.join(w.listSeparatorInner) });
}
