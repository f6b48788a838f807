import { Ajv } from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledTemplatesDir, loadTemplates } from "./templates.js";

const root = join(bundledTemplatesDir(), "..");
const json = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8"));

describe("the bundled templates", () => {
  // At run time only a province's files are checked (against the schemas without `required`);
  // the bundled ones must be complete, which this checks against the whole schemas.
  it.each([
    ["profile", "templates/profiles/hd36.json"],
    ["profile", "templates/profiles/hd05.json"],
    ["wording", "templates/wording.json"],
    ["metrics", "templates/metrics/times-new-roman.json"],
  ])("match the %s schema: %s", (schema, file) => {
    const validate = new Ajv({ allErrors: true }).compile(json(`schemas/templates/${schema}.schema.json`));
    expect(validate(json(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("name every style of the profile type in the schema, and nothing else", () => {
    const { profile } = loadTemplates("hd36");
    const schemaStyles = Object.keys(json("schemas/templates/profile.schema.json").properties.styles.properties);
    expect(Object.keys(profile.styles).filter((k) => !k.startsWith("$")).sort()).toEqual(schemaStyles.sort());
  });
});
