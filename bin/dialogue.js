#!/usr/bin/env node
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const dist = join(dirname(fileURLToPath(import.meta.url)), "../dist");
require(join(dist, "compile-cache.cjs")).installCompileCache(dist, require("../package.json").version);
require(join(dist, "cli.cjs"));
