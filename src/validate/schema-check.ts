import type { ErrorObject } from "ajv";
import validatePlanSchema from "../generated/plan-validator.mjs";
import type { DataPath, Issue } from "../findings.js";
import { closest } from "./closest.js";
import { dateProblem } from "./calendar-date.js";

/** Runs the precompiled JSON Schema and turns ajv's errors into plan issues. */
export function schemaIssues(data: unknown): Issue[] {
  if (validatePlanSchema(data)) return [];
  const errors = validatePlanSchema.errors ?? [];
  const patternFailed = new Set(errors.filter((e) => e.keyword === "pattern").map((e) => e.instancePath));
  return errors
    .filter((e) => !(e.keyword === "format" && patternFailed.has(e.instancePath)))
    .filter((e) => !(e.keyword === "pattern" && (e as { propertyName?: string }).propertyName !== undefined))
    .filter((e) => e.keyword !== "if" && !forTheEditor(e))
    // A value that may be written `unknown` fails one branch of its anyOf: the other branch says why.
    .filter((e) => !(e.keyword === "anyOf" || (e.keyword === "const" && e.schemaPath.startsWith("#/definitions/Unknown"))))
    // A roadmap stage's one day (on or before) is the deadline-shape rule's, worded there.
    .filter((e) => !(e.keyword === "oneOf" && /\/stages\/\d+$/.test(e.instancePath)))
    .map(toIssue);
}

/**
 * The schema's `allOf` of if/then and its `anyOf` of required fields are there for the editor,
 * which has no other way to know them; each has a rule (src/validate/rules) that reports the same
 * mistake at the same line in the tool's own words. (A bare if/then, as in Answer, is the tool's.)
 * A deadline's oneOf of forms never reaches here: the validator is built with the forms merged
 * (scripts/schema-forms.mjs), and the deadline-shape rule words them.
 */
const forTheEditor = (error: ErrorObject) =>
  /\/allOf\/\d+\/then\//.test(error.schemaPath) || (error.keyword === "required" && /\/anyOf\/\d+\/required$/.test(error.schemaPath));

function toIssue(error: ErrorObject): Issue {
  const path = fromPointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as { examples?: unknown[]; properties?: Record<string, unknown>; enumDescriptions?: string[]; pattern?: string; format?: string };
  // Built field by field, not spread: a spread object takes a slow shape (see checkPlan).
  const issue = (code: Issue["code"], extra: Partial<Issue> = {}): Issue => ({
    code,
    severity: "error",
    path: extra.path ?? path,
    params: extra.params,
    atKey: extra.atKey,
    details: extra.details,
  });
  switch (error.keyword) {
    case "required":
      return issue("schema-required", { params: { property: String(params.missingProperty) } });
    case "type":
      return issue("schema-type", { params: { expected: String(params.type) } });
    case "enum":
      return issue("schema-enum", {
        params: { value: String(error.data), allowed: (params.allowedValues as unknown[]).join(", "), glossed: glossed(params.allowedValues as unknown[], parent.enumDescriptions) },
      });
    case "pattern":
      // A day that is not in its month fails the date's pattern: said as a date, with the month's length.
      if (parent.format === "date" && /^\d{4}-\d{2}-\d{2}$/.test(String(error.data)))
        return issue("schema-date", { params: { value: String(error.data), ...dateProblem(String(error.data)) } });
      if (parent.pattern === ID_PATTERN)
        return issue("schema-pattern", { params: { value: String(error.data), example: idLike(String(error.data)) || exampleOf(parent.examples), rule: "id" } });
      return issue("schema-pattern", { params: { value: String(error.data), example: exampleOf(parent.examples), rule: "" } });
    case "format":
      return issue("schema-date", { params: { value: String(error.data), ...dateProblem(String(error.data)) } });
    case "additionalProperties": {
      const property = String(params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      return issue("schema-unknown-field", {
        path: [...path, property],
        atKey: true,
        params: { property },
        details: () => ({ suggestion: closest(property, allowed) ?? "", allowed: allowed.join(", ") }),
      });
    }
    case "propertyNames":
      return issue("schema-pattern", {
        path: [...path, String(params.propertyName)],
        atKey: true,
        params: { value: String(params.propertyName), example: "khoi-nghiep" },
      });
    case "minLength":
      return issue("schema-too-short", { params: { limit: Number(params.limit) } });
    case "maxLength":
      return issue("schema-too-long", { params: { limit: Number(params.limit) } });
    case "minItems":
      return issue("schema-too-few-items", { params: { limit: Number(params.limit) } });
    case "minimum":
      return issue("schema-minimum", { params: { limit: Number(params.limit) } });
    case "maximum":
      return issue("schema-maximum", { params: { limit: Number(params.limit) } });
    default:
      return issue("schema-invalid", { params: { detail: `${error.keyword}: ${error.message ?? ""}` } });
  }
}

/** The pattern of an id (schema: definitions.Id): a message says in words what an id may contain. */
const ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

/** Each allowed code with what it means, as the schema glosses it for the editor (Vietnamese). */
function glossed(values: unknown[], descriptions: string[] | undefined): string {
  if (!descriptions) return "";
  return values.map((value, i) => (descriptions[i] ? `${String(value)}: ${descriptions[i]}` : String(value))).join("; ");
}

/** What a clerk probably meant by an id written as words: "Chủ đề 1" → "chu-de-1". */
function idLike(value: string): string {
  const id = value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return new RegExp(ID_PATTERN).test(id) && id.length <= 40 ? id : "";
}

function exampleOf(examples: unknown[] | undefined): string {
  const first = examples?.[0];
  return typeof first === "string" ? first : "";
}

function fromPointer(pointer: string): DataPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
