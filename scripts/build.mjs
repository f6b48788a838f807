// Build: precompile the plan validator from the schema, then bundle the CLI: one CommonJS file for
// the entry and one per command (and per lazily loaded presenter), loaded only when it runs.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { build } from "esbuild";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { withFormsMerged } from "./schema-forms.mjs";

const root = new URL("../", import.meta.url);
const { version } = JSON.parse(await readFile(new URL("package.json", root), "utf8"));
const schema = withFormsMerged(JSON.parse(await readFile(new URL("schemas/plan.schema.json", root), "utf8")));

// Standalone code avoids compiling the schema on every start (libraries.md: ~150 ms saved).
const ajv = new Ajv({ allErrors: true, verbose: true, code: { source: true, esm: true, lines: false, optimize: true } });
addFormats.default(ajv, ["date"]);
ajv.addKeyword({ keyword: "enumDescriptions", schemaType: "array" }); // editor help only (VS Code), no validation
ajv.addKeyword({ keyword: "errorMessage", schemaType: "string" }); // the editor's message; the tool words its own
const code = standaloneCode.default(ajv, ajv.compile(schema));
await mkdir(new URL("src/generated/", root), { recursive: true });
await rm(new URL("dist/", root), { recursive: true, force: true });
// ajv's esm output still calls require() for its runtime helpers (ajv#2209).
await writeFile(
  new URL("src/generated/plan-validator.mjs", root),
  `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${code.replace(/^"use strict";/, "")}`,
);
await writeTemplateValidators();
await writeFile(
  new URL("src/generated/plan-validator.d.mts", root),
  `import type { ErrorObject } from "ajv";\ndeclare const validate: { (data: unknown): boolean; errors?: ErrorObject[] | null };\nexport default validate;\n`,
);

const src = (path) => new URL(`src/${path}`, root).pathname;
// Every `import("./x.js")` of the tool's own code is a bundle of its own, dist/x.cjs, loaded only
// when that line runs: the commands the registry imports lazily, and heavy presenters such as the
// XLSX workbook that only one format of one command needs.
const lazyImport = /import\("(\.\.?\/[a-z/-]+)\.js"\)/g;
const lazy = new Map();
for (const file of await readdir(src(""), { recursive: true })) {
  if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
  for (const [, target] of (await readFile(src(file), "utf8")).matchAll(lazyImport)) {
    const path = resolve(dirname(src(file)), `${target}.ts`);
    const name = basename(target);
    if (lazy.has(name) && lazy.get(name) !== path) throw new Error(`two lazily imported modules are named ${name}: ${lazy.get(name)}, ${path}`);
    lazy.set(name, path);
  }
}
const entries = Object.fromEntries(lazy);

// Keep those imports as requires of the separate files instead of copying the module in.
const separateBundles = {
  name: "separate-bundles",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/[a-z/-]+\.js$/ }, (args) =>
      args.kind === "dynamic-import" && lazy.get(basename(args.path, ".js")) === resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"))
        ? { path: `./${basename(args.path, ".js")}.cjs`, external: true }
        : undefined,
    );
  },
};

// commander loads node:child_process at start-up for subcommands run as separate programs, which
// this tool has none of: its require is answered on first use instead (Node 24: 12 M instructions,
// an eighth of bare node's start-up).
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-builtin" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents: `let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:child_process"))[key] });`,
        loader: "js",
      }));
    },
  };

// `inquirer` registers all ten of its prompt types; the tool asks only input, confirm, select and
// checkbox questions (src/prompts/terminal-prompts.ts). The others are left out of the bundle — the
// editor prompt alone brings an external-editor launcher and iconv-lite's encodings, ten times the
// size of the rest — and asking one of them fails loudly. Checked by test/unit/startup.test.ts.
const UNASKED_PROMPTS = ["editor", "expand", "number", "password", "rawlist", "search"];
const unaskedPrompts = {
  name: "unasked-prompts",
  setup(b) {
    const filter = new RegExp(`^@inquirer/(${UNASKED_PROMPTS.join("|")})$`);
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: "unasked-prompt" }));
    b.onLoad({ filter: /.*/, namespace: "unasked-prompt" }, (args) => ({
      contents: `export default function unasked() { throw new Error(${JSON.stringify(`${args.path} is left out of the build (scripts/build.mjs)`)}); }`,
      loader: "js",
    }));
  },
};

// The yaml package reads process.env.LOG_TOKENS once per token and LOG_STREAM once per document
// part, for its own debugging; each read of process.env asks the operating system's environment
// (a 1 MB plan: 175 ms of 1.8 s). The build answers both with false. A yaml release that words
// them otherwise fails the build here, to be looked at again.
const YAML_DEBUG_LOGS = [
  { file: /[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, read: "node_process.env.LOG_TOKENS" },
  { file: /[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, read: "node_process.env.LOG_STREAM" },
];
const yamlWithoutDebugLogs = {
  name: "yaml-without-debug-logs",
  setup(b) {
    for (const { file, read } of YAML_DEBUG_LOGS)
      b.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes(read)) throw new Error(`${args.path} no longer reads ${read}: see YAML_DEBUG_LOGS in scripts/build.mjs`);
        return { contents: source.replaceAll(read, "false"), loader: "js", resolveDir: dirname(args.path) };
      });
  },
};

// cli-table3 0.6 draws a table slowly, for two reasons the build removes:
// - drawing each line of a cell, it first cuts the cell's whole text to 10 columns for a debug
//   message nobody reads, one character at a time, measuring what is left each time: a cell of
//   several lines costs its length squared on every line drawn. The message gets the first 10
//   characters instead (the build fails if that line of cli-table3 changes);
// - it measures every line with string-width 4, which builds its ANSI pattern into a new RegExp
//   and runs the whole emoji pattern on each call. It measures with fast-string-width instead (the
//   Inquirer project's choice), which gives the same widths for all the tables hold but a tab,
//   counted as 0 as string-width 4 does (src/present/table.test.ts compares the two).
// The text status of 10,000 tasks took 25 s; it takes about 3 s, 1.7 s of it checking the plans.
const CELL_DEBUG_TRUNCATE = { file: /[\\/]cli-table3[\\/]src[\\/]cell\.js$/, read: "let content = utils.truncate(this.content, 10, this.truncate);", cheap: "let content = String(this.content).slice(0, 10);" };
const TABLE_WIDTH = `const width = require("fast-string-width").default;\nmodule.exports = (text) => width(text, { tabWidth: 0 });`;
const fastTables = {
  name: "fast-tables",
  setup(b) {
    b.onLoad({ filter: CELL_DEBUG_TRUNCATE.file }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes(CELL_DEBUG_TRUNCATE.read)) throw new Error(`${args.path} no longer cuts a cell for its debug message as CELL_DEBUG_TRUNCATE in scripts/build.mjs expects`);
      return { contents: source.replace(CELL_DEBUG_TRUNCATE.read, CELL_DEBUG_TRUNCATE.cheap), loader: "js", resolveDir: dirname(args.path) };
    });
    b.onResolve({ filter: /^string-width$/ }, (args) => (/[\\/]node_modules[\\/]cli-table3[\\/]/.test(args.importer) ? { path: "string-width", namespace: "table-width" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "table-width" }, () => ({ contents: TABLE_WIDTH, loader: "js", resolveDir: new URL(".", root).pathname }));
  },
};

// Modules that a run mostly does without are bundles of their own, loaded on first use: the import
// of one, from the one importer named, becomes a stub whose functions load the bundle when called.
// - the plan checker (YAML reading, schema, rules), dist/check.cjs: a run that finds every plan in
//   the plan cache never loads it (Node 24, render of the seed: 45 M instructions fewer, half of
//   bare node's start-up);
// - the check of a province's own templates (--templates), which loads ajv's runtime from
//   node_modules (6 M instructions);
// - the dates of the edge (luxon), dist/clerk-dates.cjs: loaded by a run that reads a typed day or
//   needs today, not by one given --as-of.
const CLERK_DATES = { specifier: "../dates/clerk-dates.js", bundle: "clerk-dates", module: "dates/clerk-dates.ts", functions: ["readDay", "todayInVietnam"] };
const LAZY = [
  { importers: ["pipeline/read-plans.ts", "pipeline/held-back-records.ts"], specifier: "./check.js", bundle: "check", module: "pipeline/check.ts", functions: ["checkedFile", "checkedWithoutRecords"] },
  { importers: ["load/templates.ts"], specifier: "./template-check.js", bundle: "template-check", module: "load/template-check.ts", functions: ["checkTemplate"] },
  { importers: ["cli/option-values.ts", "record/questions.ts", ...["status", "render", "task", "session", "init"].map((c) => `commands/${c}.ts`)], ...CLERK_DATES },
];
const lazyModules = {
  name: "lazy-modules",
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\/[a-z/-]+\.js$/ }, (args) => {
      const lazy = LAZY.find((l) => l.importers.some((importer) => args.importer === src(importer)) && args.path === l.specifier);
      return lazy ? { path: lazy.bundle, namespace: "lazy-module" } : undefined;
    });
    b.onResolve({ filter: /^\.\/[a-z-]+\.cjs$/, namespace: "lazy-module" }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "lazy-module" }, (args) => {
      const { bundle, functions } = LAZY.find((l) => l.bundle === args.path);
      const stubs = functions.map((name) => `${name}: (...args) => (loaded ??= require("./${bundle}.cjs")).${name}(...args)`);
      return { contents: `let loaded; module.exports = { ${stubs.join(", ")} };`, loader: "js" };
    });
  },
};

// Also written beside the bundles: the test set-up tells this build's plan-cache entries from others'.
const BUILD_ID = await buildId();
await mkdir(new URL("dist/", root), { recursive: true });
await writeFile(new URL("dist/build-id.txt", root), `${version}+${BUILD_ID}\n`);

await build({
  entryPoints: { cli: src("cli.ts"), "compile-cache": src("compile-cache.ts"), ...Object.fromEntries(LAZY.map((l) => [l.bundle, src(l.module)])), ...entries },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outdir: new URL("dist/", root).pathname,
  outExtension: { ".js": ".cjs" },
  plugins: [separateBundles, lazyChildProcess, unaskedPrompts, yamlWithoutDebugLogs, fastTables, lazyModules],
  supported: { "dynamic-import": false }, // import("./validate.cjs") becomes require(): one loader, one code cache
  // Sources are ES modules; in CommonJS output import.meta.url comes from __filename.
  define: { "import.meta.url": "__importMetaUrl", __DIALOGUE_BUILD__: JSON.stringify(BUILD_ID) },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: "warning",
});

/**
 * The templates' own schemas, precompiled like the plan's. At run time only a province's files are
 * checked, and those may hold only what they change: the schemas without `required`. The bundled
 * files are checked against the whole schemas by a test.
 */
async function writeTemplateValidators() {
  const names = ["profile", "wording", "metrics"];
  const schemas = await Promise.all(names.map(async (name) => JSON.parse(await readFile(new URL(`schemas/templates/${name}.schema.json`, root), "utf8"))));
  const withoutRequired = (node) =>
    Array.isArray(node) ? node.map(withoutRequired) : node && typeof node === "object" ? Object.fromEntries(Object.entries(node).filter(([k]) => k !== "required").map(([k, v]) => [k, withoutRequired(v)])) : node;
  const templatesAjv = new Ajv({ allErrors: false, inlineRefs: false, verbose: true, code: { source: true, esm: true, lines: false, optimize: true } });
  const exports = {};
  schemas.forEach((schema, i) => {
    templatesAjv.addSchema({ ...withoutRequired(schema), $id: `${names[i]}-part.schema.json` });
    exports[names[i]] = `${names[i]}-part.schema.json`;
  });
  const templatesCode = standaloneCode.default(templatesAjv, exports);
  await writeFile(
    new URL("src/generated/templates-validator.mjs", root),
    `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${templatesCode.replace(/^"use strict";/, "")}`,
  );
  const declared = Object.keys(exports).map((name) => `export declare const ${name}: Validator;`).join("\n");
  await writeFile(
    new URL("src/generated/templates-validator.d.mts", root),
    `import type { ErrorObject } from "ajv";\ntype Validator = { (data: unknown): boolean; errors?: ErrorObject[] | null };\n${declared}\n`,
  );
}

/**
 * A hash of everything that decides what the tool answers for a plan: the sources (generated ones
 * included), schemas, templates and the locked dependencies. The plan cache
 * (src/pipeline/plan-cache.ts) keeps results per build, so a rebuilt tool never reads an older one's.
 */
async function buildId() {
  const hash = createHash("sha256");
  for (const folder of ["src", "schemas", "templates"]) {
    const names = (await readdir(new URL(`${folder}/`, root), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.endsWith(".test.ts"))
      .map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`)
      .sort();
    for (const name of names) hash.update(name.slice(new URL(root).pathname.length)).update("\0").update(await readFile(name)).update("\0");
  }
  for (const file of ["package.json", "package-lock.json"]) hash.update(await readFile(new URL(file, root)).catch(() => ""));
  return hash.digest("hex").slice(0, 16);
}
