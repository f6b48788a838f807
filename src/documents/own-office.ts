import type { Plan } from "../plan/types.gen.js";
import { comparableName as comparable } from "../plan/comparable-name.js";
import { issuerWords } from "./issuer.js";
import type { Wording } from "./templates.js";

/**
 * Whether a unit is the office that sends the plan's letters: a Công văn đôn đốc is sent by the
 * office named in its own sentence ("Văn phòng Đảng ủy xã đề nghị …": `issuer.office`, else the
 * level's office in wording.json) and signed by it (`officeSignature`, CHÁNH VĂN PHÒNG), and an
 * office does not send itself a letter. Units are matched by name, since ids are the clerk's own
 * ("van-phong" is a habit, not a rule): the office's name alone ("Văn phòng Tỉnh ủy") or followed
 * by the plan's place ("Văn phòng Tỉnh ủy Sơn Nguyên"), in any case and spacing.
 */
export function isIssuingOffice(unitName: string, plan: Pick<Plan, "issuer" | "place">, wording: Wording): boolean {
  const office = issuerWords(plan.issuer, wording).office;
  const name = comparable(unitName);
  return name === comparable(office) || name === comparable(`${office} ${plan.place}`);
}
