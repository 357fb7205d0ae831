// Which packages and source folders the bytes of a built script come from (minified and gzip).
//
//   KDCL_ANALYZE=1 npx webpack --mode production --config-name taskpane   # writes *.js.map
//   node scripts/bundle-attribution.mjs dist/taskpane.js [--depth 2] [--top 40]
//
// Each stretch of minified text between two source-map segments is charged to the segment's
// source file; files are grouped by npm package (node_modules/…) or by folder under src/
// (`--depth` folder levels). Gzip per group is estimated by compressing the group's own
// minified text, scaled so the groups add up to the gzip size of the whole file: compression
// across groups is shared, so this is an approximation, fair for comparing groups.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** The segments of one line of a v3 source map's `mappings`, as [column, source] pairs. */
function* decodeLine(line, state) {
  for (const segment of line.split(",")) {
    if (segment === "") continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = DIGIT.get(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    state.column += fields[0];
    if (fields.length > 1) state.source += fields[1];
    yield [state.column, fields.length > 1 ? state.source : -1];
  }
}

function groupOf(source, depth) {
  const path = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const modules = path.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = path.slice(modules + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (path.startsWith("src/"))
    return path
      .split("/")
      .slice(0, depth + 1)
      .join("/");
  return path.startsWith("webpack/") ? "(webpack runtime)" : path;
}

export function attribute(scriptPath, depth = 2) {
  const code = readFileSync(scriptPath, "utf8");
  const map = JSON.parse(readFileSync(`${scriptPath}.map`, "utf8"));
  const lines = code.split("\n");
  const texts = new Map();
  const charge = (group, text) => texts.set(group, (texts.get(group) ?? "") + text);
  const state = { column: 0, source: 0 };
  map.mappings.split(";").forEach((mappingLine, lineIndex) => {
    const line = lines[lineIndex] ?? "";
    state.column = 0;
    const segments = [...decodeLine(mappingLine, state)];
    let covered = 0;
    segments.forEach(([column, source], index) => {
      if (column > covered) charge("(unmapped)", line.slice(covered, column));
      const end = segments[index + 1]?.[0] ?? line.length;
      const group = source < 0 ? "(unmapped)" : groupOf(map.sources[source], depth);
      charge(group, line.slice(column, end));
      covered = end;
    });
    if (segments.length === 0) charge("(unmapped)", line);
  });
  const total = gzipSync(code, { level: 9 }).length;
  const rows = [...texts].map(([group, text]) => ({
    group,
    raw: Buffer.byteLength(text),
    alone: gzipSync(text, { level: 9 }).length,
  }));
  const aloneSum = rows.reduce((sum, row) => sum + row.alone, 0);
  for (const row of rows) row.gzip = Math.round((row.alone * total) / aloneSum);
  rows.sort((a, b) => b.gzip - a.gzip);
  return { rows, raw: Buffer.byteLength(code), gzip: total };
}

const [, , scriptPath, ...options] = process.argv;
if (scriptPath) {
  const option = (name, fallback) => {
    const index = options.indexOf(name);
    return index >= 0 ? Number(options[index + 1]) : fallback;
  };
  const { rows, raw, gzip } = attribute(scriptPath, option("--depth", 2));
  console.log(`${scriptPath}: ${raw} B minified, ${gzip} B gzip`);
  for (const row of rows.slice(0, option("--top", 40))) {
    console.log(
      `${row.group.padEnd(48)} ${String(row.raw).padStart(9)} ${String(row.gzip).padStart(8)}`
    );
  }
}
