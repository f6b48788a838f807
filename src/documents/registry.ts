import type { Plan, Session } from "../plan/types.gen.js";
import type { Day } from "../tracking/day.js";
import type { Period } from "../tracking/period.js";
import type { StatusInput, StatusTask } from "../tracking/report.js";
import type { DocumentModel } from "./model.js";
import type { Templates } from "./templates.js";

/**
 * The registry of document kinds: one entry per kind, whose code is its name everywhere (the CLI's
 * `--only`, the wording's section in templates/wording.json, the help's glosses). From it the CLI
 * takes its choices and the render command its selection, file names and builders. A kind's model
 * is loaded only when a document of that kind is made (each is a bundle of its own).
 */

/** What a kind of document is made from: the plan (or an entry of it), one session, a reporting period over plans, or one unit's overdue items. */
export type DocumentSource = "plan" | "session" | "period" | "unit";

/** What each source hands to a kind's builder. */
export interface SourceInputs {
  plan: { plan: Plan };
  session: { plan: Plan; session: Session };
  /** `plans` of one issuer (render groups them) of the period's year, `previous` its plans of the year before (for the comparison). */
  period: { plans: readonly StatusInput[]; previous: readonly StatusInput[]; period: Period; label: string; asOf: Day };
  /** `plans` of one issuer (render groups them), the first speaking for the letters. */
  unit: { plans: readonly StatusInput[]; asOf: Day; replyBy: Day };
}

/** One document a builder made; `part` tells it apart in the file name (a session, an amendment, a unit). */
export interface BuiltDocument {
  part?: string;
  model: DocumentModel;
}

/**
 * A document a builder leaves unmade on purpose, for the command to say why and what instead: the
 * reminder to the issuing office itself (`own-office`: the office sends no letter to itself; its
 * overdue tasks are listed to the clerk).
 */
export interface WithheldDocument {
  part?: string;
  withheld: { reason: "own-office"; unit: string; unitName: string; tasks: readonly StatusTask[] };
}

export interface KindModule<S extends DocumentSource> {
  /**
   * Every document of the kind the input holds. `asked`: the clerk named this kind, so drafts of
   * what the plan does not yet mark as to be issued are made too (a change without a notice).
   */
  build(input: SourceInputs[S], templates: Templates, asked: boolean): (BuiltDocument | WithheldDocument)[];
}

export interface KindEntry<S extends DocumentSource> {
  /** The type code in the number line (`45-KH/TU`); its name in wording's documentKinds is the title. */
  symbol: string;
  /** In file names: `<plan>-<suffix>[-<part>].docx`. */
  suffix: string;
  source: S;
  load: () => Promise<KindModule<S>>;
}

const kind = <S extends DocumentSource>(entry: KindEntry<S>) => entry;

export const DOCUMENT_KINDS = {
  plan: kind({ symbol: "KH", suffix: "ke-hoach", source: "plan", load: () => import("./plan-model.js") }),
  amendment: kind({ symbol: "KH", suffix: "ke-hoach-dieu-chinh", source: "plan", load: () => import("./amendment-model.js") }),
  "session-notice": kind({ symbol: "TB", suffix: "thong-bao-to-chuc", source: "session", load: () => import("./session-notice-model.js") }),
  "change-notice": kind({ symbol: "TB", suffix: "thong-bao-thay-doi", source: "session", load: () => import("./change-notice-model.js") }),
  conclusions: kind({ symbol: "TB", suffix: "thong-bao-ket-luan", source: "session", load: () => import("./conclusions-model.js") }),
  minutes: kind({ symbol: "BB", suffix: "bien-ban", source: "session", load: () => import("./minutes-model.js") }),
  report: kind({ symbol: "BC", suffix: "bao-cao", source: "period", load: () => import("./report-model.js") }),
  reminder: kind({ symbol: "CV", suffix: "cong-van-don-doc", source: "unit", load: () => import("./reminder-model.js") }),
};

export type DocumentKind = keyof typeof DOCUMENT_KINDS;
export const DOCUMENT_KIND_CODES = Object.keys(DOCUMENT_KINDS) as DocumentKind[];
