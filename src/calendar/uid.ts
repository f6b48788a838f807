import { createHash } from "node:crypto";
import type { Plan } from "../plan/types.gen.js";

/** Letters without tone marks, lower case, words joined by "-": "TỈNH ỦY" and "Tỉnh uỷ" are one issuer. */
const slug = (text: string | undefined) =>
  (text ?? "").normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** 48 bits: a clash between two of the few thousand issuers in the country is out of reach. */
const ISSUER_KEY_HEX = 12;

/**
 * Which issuer a plan is from, beyond its year and code (every district party committee is "HU",
 * and districts of one name exist in several provinces): its superior body, its name and its
 * place, so that one office's events never replace another's in a shared calendar.
 */
function issuerKey(plan: Plan): string {
  const who = [plan.issuer.superior, plan.issuer.name, plan.place].map(slug).join("/");
  return createHash("sha256").update(who).digest("hex").slice(0, ISSUER_KEY_HEX);
}

/**
 * A plan's event UIDs: `<year>-<code>-<issuer key>-session-<id>@dialogue` and
 * `…-task-<id>[.<session>]@dialogue`, stable across runs and edits of the texts, so that importing
 * again updates an event. Ids hold only a-z, 0-9 and "-": "." cannot make two tasks' UIDs meet.
 */
export function eventUids(plan: Plan): (kind: "session" | "task", id: string, session?: string | null) => string {
  const prefix = `${plan.year}-${slug(plan.issuer.code)}-${issuerKey(plan)}`;
  return (kind, id, session) => `${prefix}-${kind}-${id}${session ? `.${session}` : ""}@dialogue`;
}
