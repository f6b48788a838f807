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
    ["profile", "templates/profiles/nd30.json"],
    ["wording", "templates/wording.json"],
    ["metrics", "templates/metrics/times-new-roman.json"],
  ])("match the %s schema: %s", (schema, file) => {
    const validate = new Ajv({ allErrors: true }).compile(json(`schemas/templates/${schema}.schema.json`));
    expect(validate(json(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ["hd36", ["motto"]],
    ["hd05", ["motto"]],
    ["nd30", []],
  ])("name every style of the schema in profile %s, and nothing else (a Party profile has no motto)", (name, absent) => {
    const { profile } = loadTemplates(name);
    const schemaStyles = Object.keys(json("schemas/templates/profile.schema.json").properties.styles.properties).filter((k) => !absent.includes(k));
    expect(Object.keys(profile.styles).filter((k) => !k.startsWith("$")).sort()).toEqual(schemaStyles.sort());
  });
});
