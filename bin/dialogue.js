#!/usr/bin/env node
// CommonJS (bin/package.json): Node runs it without starting its ES-module loader, which cost more
// start-up than the rest of a `validate` of the seed plan (Node 24: 60 M instructions).
"use strict";
const { join } = require("node:path");

// V8 lets its old generation grow to up to four times what survived the last collection before it
// collects again. Checking a plan leaves its parse tree behind as garbage, so reading 100 plans of
// 1,000 tasks peaked at 420 MB with 96 MB live; growing by half instead peaks at 274 MB, for about
// 3 % more time (bench/RESULTS.md). Set before any of our code is compiled, so that every run
// compiles under the same flags and V8's code cache (compile-cache.ts) stays valid.
require("node:v8").setFlagsFromString("--heap-growing-percent=50");

const dist = join(__dirname, "../dist");
require(join(dist, "compile-cache.cjs")).installCompileCache(dist, require("../package.json").version);
require(join(dist, "cli.cjs"));
