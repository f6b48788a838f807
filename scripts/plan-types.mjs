// Generates the TypeScript types of a plan from schemas/plan.schema.json, the one source of truth.
import { readFile } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";
import { withFormsMerged } from "./schema-forms.mjs";

export const SCHEMA_PATH = new URL("../schemas/plan.schema.json", import.meta.url);
export const TYPES_PATH = new URL("../src/plan/types.gen.ts", import.meta.url);

/**
 * The schema's titles are Vietnamese (the editor shows them as the heading of each hover): the
 * types are named from the definitions' keys instead, as before the titles were translated.
 */
const TYPE_NAMES = { Date: "DateString", Time: "TimeString" };

function namedByKeys(schema) {
  const definitions = Object.fromEntries(
    Object.entries(schema.definitions ?? {}).map(([key, definition]) => [key, { ...withoutEditorRules(definition), title: TYPE_NAMES[key] ?? key }]),
  );
  return { ...schema, title: "Plan", definitions };
}

/** The rules written for the editor (if/then, anyOf of required fields) say nothing about the shape of the data. */
function withoutEditorRules({ allOf, anyOf, oneOf, errorMessage, ...definition }) {
  return definition;
}

export async function planTypesSource() {
  const schema = namedByKeys(withFormsMerged(JSON.parse(await readFile(SCHEMA_PATH, "utf8"))));
  return compile(schema, "Plan", {
    bannerComment: "// Generated from schemas/plan.schema.json by `npm run gen:types`. Do not edit by hand.",
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: false, printWidth: 110 },
  });
}
