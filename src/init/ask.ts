import type * as Prompts from "@inquirer/prompts";
import type { Translate } from "../i18n/translate.js";
import type { CommonUnit, NewPlanAnswers, NewSession } from "./new-plan.js";

/** Where the prompts read and write: the terminal, or streams in a test. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/** The questions of `dialogue init`, in the clerk's language; the answers become a plan. */
export async function askAnswers(prompts: typeof Prompts, context: PromptContext, common: CommonUnit[], year: number, t: Translate): Promise<NewPlanAnswers> {
  const { input, number, select, checkbox, confirm } = prompts;
  const required = (value: string) => (value.trim() ? true : t("init-q-required"));
  const yesNo = (value: boolean) => t(value ? "init-q-yes" : "init-q-no");
  const province = await input({ message: t("init-q-province"), validate: required }, context);
  const planYear = (await number({ message: t("init-q-year"), default: year, min: 2000, max: 2100, required: true }, context)) ?? year;
  const signerName = await input({ message: t("init-q-signer"), validate: required }, context);
  const signerPosition = await select({ message: t("init-q-position"), choices: [{ value: "BÍ THƯ" }, { value: "PHÓ BÍ THƯ" }] }, context);

  const sessions: NewSession[] = [];
  while (await confirm({ message: t(sessions.length ? "init-q-add-another" : "init-q-add-session"), default: sessions.length === 0, transformer: yesNo }, context)) {
    const theme = await input({ message: t("init-q-theme", { n: sessions.length + 1 }), validate: required }, context);
    const audience = await input({ message: t("init-q-audience") }, context);
    const count = await number({ message: t("init-q-count"), min: 1, required: false }, context);
    const when = await input(
      {
        message: t("init-q-when", { year: planYear }),
        validate: (v) => !v.trim() || MONTH.test(v.trim()) || QUARTER.test(v.trim().toUpperCase()) || t("init-q-when-invalid"),
      },
      context,
    );
    const venue = await input({ message: t("init-q-venue") }, context);
    sessions.push({ theme, audience: audience || undefined, count: count ?? undefined, when: when.trim().toUpperCase() || undefined, venue: venue || undefined });
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
  for (const unit of units) unit.name = await input({ message: t("init-q-unit-name", { id: unit.id }), default: unit.name, validate: required }, context);
  return { province, year: planYear, signerName, signerPosition, sessions, units };
}
