import type { Translate } from "../i18n/translate.js";
import { answerProblem, FIRST_PLAN_YEAR, LAST_PLAN_YEAR, type AnswerLimits } from "./answer-checks.js";
import type { CommonUnit, NewPlanAnswers, NewSession } from "./new-plan.js";
import type { Check, Prompts } from "../prompts/terminal-prompts.js";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/** An answer the plan can hold, asked again until it is one; `optional` answers may stay empty. */
export function fits(t: Translate, limit: number, optional = false): Check {
  return (value) => {
    if (optional && !value.trim()) return true;
    const problem = answerProblem(value, limit);
    if (!problem) return true;
    return problem.key === "option-too-long" ? t("init-q-too-long", { limit: problem.limit, length: problem.length }) : t("init-q-required");
  };
}

/** The questions of `dialogue init`, in the clerk's language; the answers become a plan. */
export async function askAnswers(ask: Prompts, common: CommonUnit[], year: number, limits: AnswerLimits, t: Translate): Promise<NewPlanAnswers> {
  const province = await ask.text(t("init-q-province"), { check: fits(t, limits.province) });
  const planYear = (await ask.whole(t("init-q-year"), { default: year, min: FIRST_PLAN_YEAR, max: LAST_PLAN_YEAR })) ?? year;
  const signerName = await ask.text(t("init-q-signer"), { check: fits(t, limits.signer) });
  const signerPosition = await ask.choose(t("init-q-position"), [{ value: "BÍ THƯ" }, { value: "PHÓ BÍ THƯ" }]);

  // A plan has several sessions: asking goes on until the clerk says no.
  const sessions: NewSession[] = [];
  while (await ask.yesNo(t(sessions.length ? "init-q-add-another" : "init-q-add-session"), true)) {
    const theme = await ask.text(t("init-q-theme", { n: sessions.length + 1 }), { check: fits(t, limits.theme) });
    const audience = await ask.text(t("init-q-audience"), { check: fits(t, limits.audience, true) });
    const count = await ask.whole(t("init-q-count"), { min: 1, optional: true });
    const when = await ask.text(t("init-q-when", { year: planYear }), {
      check: (v) => !v.trim() || MONTH.test(v.trim()) || QUARTER.test(v.trim().toUpperCase()) || t("init-q-when-invalid"),
    });
    const venue = await ask.text(t("init-q-venue"), { check: fits(t, limits.venue, true) });
    sessions.push({ theme: theme.trim(), audience: audience.trim() || undefined, count, when: when.trim().toUpperCase() || undefined, venue: venue.trim() || undefined });
  }

  const chosen = await ask.chooseSome(t("init-q-units"), common.map((u) => ({ value: u.id, name: u.name, checked: u.selected })));
  const units = common.filter((u) => chosen.includes(u.id));
  for (const unit of units) unit.name = (await ask.text(t("init-q-unit-name", { id: unit.id }), { default: unit.name, check: fits(t, limits.unitName) })).trim();
  return { province: province.trim(), year: planYear, signerName: signerName.trim(), signerPosition, sessions, units };
}
