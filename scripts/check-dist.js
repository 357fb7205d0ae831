// `npm run validate` (after the build): the production files in dist/ — no source maps, every
// page under the project's Content-Security-Policy.
"use strict";

const { readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");
const { distErrors } = require("./production/check-dist");

const dist = path.resolve(__dirname, "..", "dist");
const files = new Map();
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.relative(dist, path.join(entry.parentPath ?? entry.path, entry.name));
  if (file.startsWith(`cli${path.sep}`)) continue; // the CLI runs in Node, not in a page
  files.set(
    file,
    /\.(html|js|css|map)$/.test(file) ? readFileSync(path.join(dist, file), "utf8") : ""
  );
}
const errors = distErrors(files);
if (errors.length > 0) {
  for (const error of errors) console.error(`✗ ${error}`);
  process.exit(1);
}
console.log(`✓ dist/: ${files.size} files, no source maps, every page under the CSP`);
