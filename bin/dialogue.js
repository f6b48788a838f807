#!/usr/bin/env node
// CommonJS (bin/package.json): Node runs it without starting its ES-module loader, which cost more
// start-up than the rest of a `validate` of the seed plan (Node 24: 60 M instructions).
"use strict";
const { join } = require("node:path");

const dist = join(__dirname, "../dist");
require(join(dist, "compile-cache.cjs")).installCompileCache(dist, require("../package.json").version);
require(join(dist, "cli.cjs"));
