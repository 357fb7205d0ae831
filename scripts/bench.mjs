// Benchmarks (`npm run bench`; not part of `npm test`): runs bench/*.bench.ts under plain Node,
// prints what each measures, and — when all of them ran — writes bench/results.json and
// BENCHMARKS.md. `npm run bench -- syncs` runs the benchmarks whose file name contains "syncs"
// and writes nothing. The page benchmark needs the production build (`npm run build`) and
// Debian's Chromium.
//
// TypeScript is transpiled on the fly (typescript.transpileModule, no type-check) by a require hook
// for .ts files, so no build step or extra tool is needed. Each bench file exports
// `run(): Promise<Partial<Results>> | Partial<Results>` (see bench/support/results.ts).
import { createRequire } from "node:module";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const Module = require("node:module");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

Module._extensions[".ts"] = (module, filename) => {
  const source = readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  });
  module._compile(outputText, filename);
};

/** Objects merged key by key (the benches each fill part of `details` and `machine`). */
function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    const isObject = value && typeof value === "object" && !Array.isArray(value);
    target[key] = isObject ? merge(target[key] ?? {}, value) : value;
  }
  return target;
}

const only = process.argv[2];
const benches = readdirSync(join(root, "bench"))
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => !only || name.includes(only))
  .sort();

const { machine } = require(join(root, "bench/support/machine.ts"));
const results = { machine: machine() };
for (const name of benches) {
  console.log(`# ${name}`);
  merge(results, await require(join(root, "bench", name)).run());
}

if (!only) {
  const { ordered, benchmarksMarkdown } = require(join(root, "bench/support/report.ts"));
  const final = ordered(results);
  writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(final, null, 2)}\n`);
  writeFileSync(join(root, "BENCHMARKS.md"), benchmarksMarkdown(final));
  console.log("Wrote bench/results.json and BENCHMARKS.md");
}
