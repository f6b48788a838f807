import { fill } from "../documents/formal.js";

/** The years `init` starts a plan for (asked, or given with --year). */
export const FIRST_PLAN_YEAR = 2000;
export const LAST_PLAN_YEAR = 2100;

/** The longest answer of each kind that still makes a valid plan. */
export interface AnswerLimits {
  province: number;
  signer: number;
  position: number;
  theme: number;
  audience: number;
  venue: number;
  unitName: number;
}

interface SchemaNode {
  maxLength?: number;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
}

/**
 * The plan schema's limits for what `init` asks, less what the wording adds around an answer: the
 * province goes into `place` and, after "TỈNH ỦY ", into the issuer's name.
 */
export function answerLimits(schema: SchemaNode, issuerName: string): AnswerLimits {
  const max = (...path: string[]): number => {
    let node: SchemaNode | undefined = schema;
    for (const key of path) node = node?.[key as "properties"] as SchemaNode | undefined;
    while (node?.$ref) node = schema.definitions?.[node.$ref.split("/").at(-1)!];
    return node?.maxLength ?? Infinity;
  };
  const around = fill(issuerName, { province: "" }).length;
  return {
    province: Math.min(max("properties", "place"), max("definitions", "Issuer", "properties", "name") - around),
    signer: max("definitions", "Signature", "properties", "name"),
    position: max("definitions", "Signature", "properties", "position"),
    theme: max("definitions", "Session", "properties", "theme"),
    audience: max("definitions", "Session", "properties", "audience"),
    venue: max("definitions", "Session", "properties", "venue"),
    unitName: max("definitions", "Unit", "properties", "name"),
  };
}

export type AnswerProblem = { key: "option-blank" | "option-one-line" } | { key: "option-too-long"; length: number; limit: number };

/** Why an answer cannot go into the plan as it is: blank, on several lines, or too long. */
export function answerProblem(value: string, limit: number): AnswerProblem | undefined {
  const text = value.normalize("NFC").trim();
  if (!text) return { key: "option-blank" };
  if (/[\r\n\u2028\u2029]/.test(text)) return { key: "option-one-line" };
  if ([...text].length > limit) return { key: "option-too-long", length: [...text].length, limit };
  return undefined;
}
