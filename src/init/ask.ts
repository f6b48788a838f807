import type * as Prompts from "@inquirer/prompts";
import type { Translate } from "../i18n/translate.js";
import { answerProblem, FIRST_PLAN_YEAR, LAST_PLAN_YEAR, type AnswerLimits } from "./answer-checks.js";
import type { CommonUnit, NewPlanAnswers, NewSession } from "./new-plan.js";

/** Where the prompts read and write: the terminal, or streams in a test. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/** The questions of `dialogue init`, in the clerk's language; the answers become a plan. */
export async function askAnswers(
  prompts: typeof Prompts,
  context: PromptContext,
  common: CommonUnit[],
  year: number,
  limits: AnswerLimits,
  t: Translate,
): Promise<NewPlanAnswers> {
  const { input, number, select, checkbox, confirm } = prompts;
  /** An answer the plan can hold, asked again until it is one; `optional` answers may stay empty. */
  const fits = (limit: number, optional = false) => (value: string) => {
    if (optional && !value.trim()) return true;
    const problem = answerProblem(value, limit);
    if (!problem) return true;
    return problem.key === "option-too-long" ? t("init-q-too-long", { limit: problem.limit, length: problem.length }) : t("init-q-required");
  };
  const yesNo = (value: boolean) => t(value ? "init-q-yes" : "init-q-no");
  const province = await input({ message: t("init-q-province"), validate: fits(limits.province) }, context);
  const planYear = (await number({ message: t("init-q-year"), default: year, min: FIRST_PLAN_YEAR, max: LAST_PLAN_YEAR, required: true }, context)) ?? year;
  const signerName = await input({ message: t("init-q-signer"), validate: fits(limits.signer) }, context);
  const signerPosition = await select({ message: t("init-q-position"), choices: [{ value: "BÍ THƯ" }, { value: "PHÓ BÍ THƯ" }] }, context);

  const sessions: NewSession[] = [];
  while (await confirm({ message: t(sessions.length ? "init-q-add-another" : "init-q-add-session"), default: sessions.length === 0, transformer: yesNo }, context)) {
    const theme = await input({ message: t("init-q-theme", { n: sessions.length + 1 }), validate: fits(limits.theme) }, context);
    const audience = await input({ message: t("init-q-audience"), validate: fits(limits.audience, true) }, context);
    const count = await number({ message: t("init-q-count"), min: 1, required: false }, context);
    const when = await input(
      {
        message: t("init-q-when", { year: planYear }),
        validate: (v) => !v.trim() || MONTH.test(v.trim()) || QUARTER.test(v.trim().toUpperCase()) || t("init-q-when-invalid"),
      },
      context,
    );
    const venue = await input({ message: t("init-q-venue"), validate: fits(limits.venue, true) }, context);
    sessions.push({ theme: theme.trim(), audience: audience.trim() || undefined, count: count ?? undefined, when: when.trim().toUpperCase() || undefined, venue: venue.trim() || undefined });
  }

  const chosen = await checkbox(
    {
      message: t("init-q-units"),
      choices: common.map((u) => ({ value: u.id, name: u.name, checked: u.selected })),
      required: true,
      theme: { style: { keysHelpTip: () => t("init-q-keys") } },
    },
    context,
  );
  const units = common.filter((u) => chosen.includes(u.id));
  for (const unit of units) unit.name = (await input({ message: t("init-q-unit-name", { id: unit.id }), default: unit.name, validate: fits(limits.unitName) }, context)).trim();
  return { province: province.trim(), year: planYear, signerName: signerName.trim(), signerPosition, sessions, units };
}
