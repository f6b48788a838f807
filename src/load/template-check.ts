import type { ErrorObject } from "ajv";
import { UsageError } from "../errors.js";
import * as validators from "../generated/templates-validator.mjs";
import { closest } from "../validate/closest.js";

export type TemplateKind = keyof typeof validators;

/**
 * Checks a template file of a province's folder against its own schema (everything optional: the
 * folder holds only what it changes) and names the first wrong field, so that a wrong shape is a
 * message with the file, the field and the fix, never a crash later in the layout.
 */
export function checkTemplate(kind: TemplateKind, file: string, data: unknown): void {
  const validate = validators[kind];
  if (validate(data)) return;
  throw toUsageError(file, validate.errors?.[0]);
}

function toUsageError(file: string, error: ErrorObject | undefined): UsageError {
  if (!error) return new UsageError("render-template-shape", { file, field: "", detail: "" });
  const path = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const field = path.join(".");
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return new UsageError("render-template-type", { file, field, expected: String(params.type) });
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
      return new UsageError(`render-template-${error.keyword}`, { file, field, limit: Number(params.limit) });
    case "enum":
      return new UsageError("render-template-enum", { file, field, allowed: (params.allowedValues as unknown[]).join(", ") });
    case "additionalProperties": {
      const property = String(params.additionalProperty);
      const known = Object.keys(((error.parentSchema ?? {}) as { properties?: object }).properties ?? {});
      const near = closest(property, known);
      return new UsageError("render-template-unknown-field", {
        file,
        field: [...path, property].join("."),
        suggestion: near ? [...path, near].join(".") : "",
      });
    }
    default:
      return new UsageError("render-template-shape", { file, field, detail: error.message ?? error.keyword });
  }
}
