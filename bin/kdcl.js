#!/usr/bin/env node
// The `kdcl` command: runs the bundled command line, dist/cli/kdcl.js, built by `npm install`
// (the "prepare" script) and by `npm run build`.
"use strict";

const { existsSync } = require("node:fs");
const path = require("node:path");

const bundle = path.join(__dirname, "..", "dist", "cli", "kdcl.js");

if (!existsSync(bundle)) {
  process.stderr.write(
    "kdcl: chưa dựng công cụ dòng lệnh (thiếu dist/cli/kdcl.js). Hãy chạy: npm run build:cli\n" +
      "kdcl: the command line is not built yet (dist/cli/kdcl.js is missing). Run: npm run build:cli\n"
  );
  process.exitCode = 2;
} else {
  require(bundle);
}
