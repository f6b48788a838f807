// The schema writes a deadline as a oneOf of its forms (on, before, daysBefore with session, …),
// each a closed object: that is what lets the editor stop offering `before` once `on` is written.
// The tool's validator and the TypeScript types read each such oneOf as one object holding every
// form's fields: which form, and which fields go with it, is the deadline-shape rule's
// (src/validate/rules/deadlines.ts), worded by the tool.

/** A oneOf whose every branch is a closed object of its own fields: the forms of one value. */
const isForms = (schema) =>
  Array.isArray(schema.oneOf) && schema.properties === undefined && schema.oneOf.every((form) => form.type === "object" && form.properties);

function merged({ oneOf, ...schema }) {
  const properties = {};
  for (const form of oneOf) for (const [name, property] of Object.entries(form.properties)) properties[name] ??= property;
  return { ...schema, type: "object", additionalProperties: false, properties };
}

/** The schema with every oneOf of forms merged into one object (recursively, definitions included). */
export function withFormsMerged(schema) {
  if (Array.isArray(schema)) return schema.map(withFormsMerged);
  if (schema === null || typeof schema !== "object") return schema;
  const walked = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, withFormsMerged(value)]));
  return isForms(walked) ? merged(walked) : walked;
}
