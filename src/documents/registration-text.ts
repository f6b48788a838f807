import type { Registration } from "../plan/types.gen.js";
import { isUnknown } from "../plan/unknown.js";
import { bodyDate, fill } from "./formal.js";
import { joinList, type SectionWording } from "./record-text.js";

const HOW: Record<NonNullable<Registration["how"]>[number], string> = {
  "in-person": "registrationInPerson",
  writing: "registrationWriting",
  phone: "registrationPhone",
  email: "registrationEmail",
  online: "registrationOnline",
};

/**
 * A session's registration rules as the notice writes them, after "Đăng ký ý kiến: ": how, where,
 * the contact and the last day — "trực tiếp hoặc bằng văn bản tại …, liên hệ: …, chậm nhất trong
 * ngày 19/4/2024." — then the note. A paragraph written by the clerk is kept as it is.
 */
export function registrationText(registration: string | Registration, w: SectionWording, unknown: string): string {
  if (typeof registration === "string") return registration;
  const how = joinList((registration.how ?? []).map((way) => w[HOW[way]]), w, w.registrationOr);
  const date = registration.deadline && (isUnknown(registration.deadline) ? unknown : bodyDate(registration.deadline));
  const sentence = [
    how,
    registration.where ? fill(w.registrationWhere, { where: registration.where }) : "",
    registration.contact ? fill(w.registrationContact, { contact: registration.contact }) : "",
    date ? fill(w.registrationBy, { date }) : "",
  ]
    .join("")
    .replace(/^[\s,]+/u, "");
  return [sentence && `${sentence}.`, registration.note ?? ""].filter(Boolean).join(" ");
}
