/** What the pure document models know of the templates: the types of a profile, the wording and the metrics (read by src/load/templates.ts). */
import type { DocumentKind } from "./registry.js";

export type Align = "left" | "center" | "justify";

export interface TextStyle {
  /** The style's name in Word's Styles pane. */
  name?: string;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  upper?: boolean;
  align: Align;
  indent?: boolean;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
}

export type StyleName =
  | "superior" | "issuer" | "star" | "number" | "partyHeading" | "motto" | "dateLine" | "letterSummary" | "docType" | "summary" | "separator"
  | "addressee" | "heading1" | "heading2" | "body" | "tableHeader" | "tableCell"
  | "recipientsHeading" | "recipient" | "authority" | "position" | "signer" | "pageNumber";

/** The three authority modes, as the plan may write them (T/M or TM.): on behalf of, by order of, signing for. */
export type AuthorityMode = "T/M" | "T/L" | "K/T";

/** Layout numbers of one official format (HD36, HD05, ND30); data read from templates/profiles. */
export interface Profile {
  name: string;
  page: { widthMm: number; heightMm: number; marginTopMm: number; marginBottomMm: number; marginLeftMm: number; marginRightMm: number; headerDistanceMm: number; footerDistanceMm: number };
  font: string;
  language: string;
  headerTable: {
    leftColumnPercent: number;
    leftColumnMaxPercent: number;
    /** The right column's lines (Party: ĐẢNG CỘNG SẢN VIỆT NAM; state: the national name and the motto); a rule under the last. */
    heading: { text: string; style: StyleName }[];
    ruleWeightEighthsPt: number;
    /** Under the issuer: the Party's star, or (state) a rule this share of the name's length. */
    star: string;
    issuerRulePercent: number;
    /** Where a long issuer name may break: phrases never split, and level words that stay with the place name after them. */
    issuerBreaks: { keepTogether: string[]; placeWords: string[] };
  };
  /** `Số 45-KH/TU` (Party) or `Số: 05/KH-UBND` (state): the line, the symbol after the number, a bare number, a draft's gap. */
  number: { line: string; symbol: string; bare: string; draft: string };
  /** Under the summary: a text (`-----`), or (state) a rule this share of the summary's length. */
  title: { separator: string; summaryRulePercent: number; breakBefore?: string[] };
  body: {
    firstLineIndentMm: number; lineExactPt: number; spaceBeforePt: number; spaceAfterPt: number; level1: string; level2: string; bullet: string; subBullet: string; contentEnding: string;
    /** Level-1 headings as the plan writes them, or in capitals ("I. MỤC ĐÍCH, YÊU CẦU"). */
    level1Case: "as-written" | "upper";
  };
  signatureTable: { leftColumnPercent: number; recipientSeparator: string; recipientLast: string; signatureSpaceLines: number; authorityModes: Record<AuthorityMode, string> };
  /** Every style but `motto`, which only the state format has. */
  styles: Record<Exclude<StyleName, "motto">, TextStyle> & Partial<Record<"motto", TextStyle>>;
}

/** The levels of format-design §1, and the two families of issuers. */
export type IssuerLevel = "province" | "city" | "district" | "commune" | "ward" | "special-zone";
export type IssuerFamily = "party" | "state";

/** How sentences name a level's bodies: "đồng chí {head}", "{office} thông báo …", "Ban Thường vụ …". */
export type LevelWords = {
  committee: string;
  head: string;
  office: string;
  standingBoard: string;
  standing: string;
};

/** One kind's sentences, by name; `{name}` places are filled by its model. */
export type SectionWording = Record<string, string>;

/** Fixed wording of the documents, read from templates/wording.json: shared parts, then one section per kind of document. */
export type Wording = SharedWording & Record<DocumentKind, SectionWording>;

export interface SharedWording {
  /** Names of document kinds by symbol (KH → Kế hoạch): titles and citations. */
  documentKinds: Record<string, string>;
  dateLine: string;
  draftDateLine: string;
  /** A letter's summary under its number: "V/v {summary}". */
  letterSummary: string;
  recipientsHeading: string;
  /** The joining of lists and people that every kind's sentences share (a kind's section may say otherwise). */
  lists: SectionWording;
  levels: Record<IssuerFamily, Record<IssuerLevel, LevelWords>>;
  /** How an office signs by order of its committee when the plan names no one ("T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG"). */
  officeSignature: Record<IssuerFamily, { mode: AuthorityMode; body: string; position: string }>;
  /** "Quyết định số 1575-QĐ/TU ngày 10/6/2019 của … ban hành …": the parts of a citation. */
  citation: SectionWording;
  /** A time inside a sentence: "ngày 23/4/2024 (thứ Ba)", "quý IV/2024", "thời gian sẽ thông báo sau". */
  when: SectionWording;
  /** The archive line a document adds to its default recipients ("Lưu Văn phòng Tỉnh ủy"; state: "Lưu: VT"). */
  archive: Record<IssuerFamily, string>;
  /** Party bodies and boards before the name of the body they lead: its leaders answer citizens, not the Party body. */
  leadershipPrefixes: string[];
  calendar: { session: string; deadline: string; attendance: string };
  /** Shown in a document where the record lacks the data, so that the gap is seen and filled. */
  missing: Record<"venue" | "chairs" | "signature" | "recipients" | "minuteTaker" | "content" | "date" | "written" | "unknown", string>;
  newPlan: { summary: string; basis: string; purposes: string[]; requirements: string[]; adHoc: string; closing: string; recipients: string[]; issuerName: string; body: string; via: string; office: string };
}

/** Advance widths of letters (font units) for sizing rules without reading fonts at run time. */
export interface Metrics {
  unitsPerEm: number;
  styles: Record<"regular" | "bold", Record<string, number>>;
}

export interface Templates {
  profile: Profile;
  wording: Wording;
  metrics: Metrics;
}
