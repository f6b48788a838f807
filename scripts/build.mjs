// Build: precompile the plan validator from the schema, then bundle the CLI with lazy chunks.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = new URL("../", import.meta.url);
const { version } = JSON.parse(await readFile(new URL("package.json", root), "utf8"));
const schema = JSON.parse(await readFile(new URL("schemas/plan.schema.json", root), "utf8"));

// Standalone code avoids compiling the schema on every start (libraries.md: ~150 ms saved).
const ajv = new Ajv({ allErrors: true, verbose: true, code: { source: true, esm: true, lines: false, optimize: true } });
addFormats.default(ajv, ["date"]);
const code = standaloneCode.default(ajv, ajv.compile(schema));
await mkdir(new URL("src/generated/", root), { recursive: true });
await rm(new URL("dist/", root), { recursive: true, force: true });
// ajv's esm output still calls require() for its runtime helpers (ajv#2209).
await writeFile(
  new URL("src/generated/plan-validator.mjs", root),
  `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${code.replace(/^"use strict";/, "")}`,
);
await writeFile(
  new URL("src/generated/plan-validator.d.mts", root),
  `import type { ErrorObject } from "ajv";\ndeclare const validate: { (data: unknown): boolean; errors?: ErrorObject[] | null };\nexport default validate;\n`,
);

await build({
  entryPoints: [new URL("src/cli.ts", root).pathname],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  splitting: true,
  outdir: new URL("dist/", root).pathname,
  outExtension: { ".js": ".mjs" },
  // Bundling the dependencies saves module resolution at every start (libraries.md §7).
  // Bundled CommonJS dependencies expect require and __filename (write-file-atomic names its temporary files with it).
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "const require = __createRequire(import.meta.url);",
      "const __filename = __fileURLToPath(import.meta.url);",
    ].join(" "),
  },
  define: { DIALOGUE_VERSION: JSON.stringify(version) },
  logLevel: "warning",
});
