/** What the pure document models know of the templates: the types of a profile, the wording and the metrics (read by src/load/templates.ts). */

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
  | "superior" | "issuer" | "star" | "number" | "partyHeading" | "dateLine" | "docType" | "summary" | "separator"
  | "heading1" | "heading2" | "body" | "recipientsHeading" | "recipient" | "authority" | "position" | "signer" | "pageNumber";

/** Layout numbers of one official format (HD36, HD05); data read from templates/profiles. */
export interface Profile {
  name: string;
  page: { widthMm: number; heightMm: number; marginTopMm: number; marginBottomMm: number; marginLeftMm: number; marginRightMm: number; headerDistanceMm: number; footerDistanceMm: number };
  font: string;
  language: string;
  headerTable: {
    leftColumnPercent: number;
    leftColumnMaxPercent: number;
    partyHeading: string;
    ruleWeightEighthsPt: number;
    star: string;
    /** Where a long issuer name may break: phrases never split, and level words that stay with the place name after them. */
    issuerBreaks: { keepTogether: string[]; placeWords: string[] };
  };
  title: { separator: string };
  body: { firstLineIndentMm: number; lineExactPt: number; spaceBeforePt: number; spaceAfterPt: number; level1: string; level2: string; bullet: string; subBullet: string; contentEnding: string };
  signatureTable: { leftColumnPercent: number; recipientSeparator: string; recipientLast: string; signatureSpaceLines: number };
  styles: Record<StyleName, TextStyle>;
}

/** Fixed wording of the documents, read from templates/wording.json. */
export interface Wording {
  documentTypes: Record<string, string>;
  typeCodes: Record<string, string>;
  numberLine: string;
  draftNumber: string;
  dateLine: string;
  draftDateLine: string;
  recipientsHeading: string;
  plan: Record<string, string>;
  notice: Record<string, string>;
  minutes: Record<string, string>;
  /** Party bodies and boards before the name of the body they lead: its leaders answer citizens, not the Party body. */
  leadershipPrefixes: string[];
  calendar: { session: string; deadline: string; attendance: string };
  /** Shown in a document where the record lacks the data, so that the gap is seen and filled. */
  missing: Record<"venue" | "chairs" | "signature" | "recipients" | "minuteTaker" | "content", string>;
  newPlan: { summary: string; basis: string; purposes: string[]; requirements: string[]; adHoc: string; closing: string; recipients: string[]; issuerName: string };
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
