// What a production page loads from our own origin (scripts, styles, icons it links), raw and gzip.
// Office.js itself comes from Microsoft's CDN and is listed apart: every add-in pays for it.
"use strict";

const { readFileSync, existsSync } = require("node:fs");
const path = require("node:path");
const { gzipSync } = require("node:zlib");

function referencedFiles(html) {
  const references = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=["']?([^"'\s>]+)/g)];
  return references.map((match) => match[1]).filter((url) => !/^[a-z]+:\/\//i.test(url));
}

/** @returns {{ files: { file: string, raw: number, gzip: number }[], raw: number, gzip: number }} */
function pageWeight(distDir, pageName) {
  const html = readFileSync(path.join(distDir, pageName));
  const files = [{ file: pageName, raw: html.length, gzip: gzipSync(html, { level: 9 }).length }];
  for (const relative of referencedFiles(html.toString("utf8"))) {
    const file = path.join(distDir, relative);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    files.push({ file: relative, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  const sum = (key) => files.reduce((total, entry) => total + entry[key], 0);
  return { files, raw: sum("raw"), gzip: sum("gzip") };
}

if (require.main === module) {
  const dist = path.resolve(__dirname, "..", "dist");
  for (const page of process.argv.slice(2).length ? process.argv.slice(2) : ["taskpane.html"]) {
    const weight = pageWeight(dist, page);
    console.log(`${page}: ${weight.raw} B raw, ${weight.gzip} B gzip`);
    for (const entry of weight.files) {
      console.log(
        `  ${entry.file.padEnd(28)} ${String(entry.raw).padStart(9)} ${String(entry.gzip).padStart(9)}`
      );
    }
  }
}

module.exports = { pageWeight, referencedFiles };
