import { comparableName } from "../plan/comparable-name.js";
import type { Issuer, Plan } from "../plan/types.gen.js";
import type { IssuerFamily, LevelWords, Wording } from "./templates.js";

/** How a document's sentences name its issuer's bodies, from the level and kind (wording.json `levels`) and the plan's overrides. */
export type IssuerWords = LevelWords & {
  family: IssuerFamily;
  /** The issuing body inside a sentence: "… của Ban Thường vụ Tỉnh ủy", "UBND xã … ban hành". */
  body: string;
};

export const familyOf = (issuer: Issuer): IssuerFamily => (issuer.kind === "state" ? "state" : "party");

/**
 * A Tỉnh ủy's documents speak of the "Bí thư Tỉnh ủy", a commune's of the "Bí thư Đảng ủy xã", a
 * UBND's of the "Chủ tịch UBND xã": nothing names a level in code. The issuing body follows the
 * kind: a committee issues through its standing board, a standing body as itself, an office or a
 * board under its own name, a state body as the UBND.
 */
export function issuerWords(issuer: Issuer, wording: Wording): IssuerWords {
  const family = familyOf(issuer);
  const level = wording.levels[family][issuer.level ?? "province"];
  const words = {
    committee: issuer.committee ?? level.committee,
    head: issuer.head ?? level.head,
    office: issuer.office ?? level.office,
    standingBoard: issuer.committee ? level.standingBoard.replace(level.committee, issuer.committee) : level.standingBoard,
    standing: issuer.committee ? level.standing.replace(level.committee, issuer.committee) : level.standing,
  };
  return { ...words, family, body: issuer.body ?? defaultBody(issuer, words) };
}

function defaultBody(issuer: Issuer, words: LevelWords): string {
  switch (issuer.kind ?? "committee") {
    case "standing":
      return words.standing;
    case "office":
      return words.office;
    case "state":
      return words.committee;
    case "board":
      return `${boardName(issuer.name)} ${words.committee}`;
    default:
      return words.standingBoard;
  }
}

/**
 * A board's name as a sentence writes it: "BAN DÂN VẬN" → "Ban Dân vận", "BAN NỘI CHÍNH" → "Ban
 * Nội chính" (the word after "Ban" keeps its capital, as in the units' names). `issuer.body` says
 * it exactly when this guess does not fit.
 */
export function boardName(name: string): string {
  const words = name.replace(/\s+/g, " ").trim().toLocaleLowerCase("vi").split(" ");
  const capital = (w: string) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
  return words.map((w, i) => (i === 0 || (i === 1 && words[0] === "ban") ? capital(w) : w)).join(" ");
}

/**
 * Plans grouped by their issuer (the same `issuer.name` and `issuer.code`, compared as
 * `comparableName`), in the order first given: a report or a reminder speaks for one issuer, under
 * its header and of its plans only, so a province's and a commune's plans rendered together give
 * one report and one set of letters each.
 */
export function byIssuer<T extends { plan: Pick<Plan, "issuer"> }>(plans: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const one of plans) {
    // Two communes of one name under different provinces are two issuers: the superior is part of the name.
    const { superior = "", name, code } = one.plan.issuer;
    const key = [superior, name, code].map(comparableName).join("\n");
    const group = groups.get(key);
    if (group) group.push(one);
    else groups.set(key, [one]);
  }
  return [...groups.values()];
}
