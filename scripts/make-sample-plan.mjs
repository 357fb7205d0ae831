// Regenerates the standalone page's sample plan, assets/ke-hoach-mau-mam-non.docx, from
// scripts/sample-plan/ (its text, and our own OOXML writer for the markup): `node scripts/make-sample-plan.mjs`.
//
// TypeScript is transpiled on the fly (typescript.transpileModule, no type-check; the sample test
// type-checks the same files), so no build step or extra tool is needed.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const Module = require("node:module");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

Module._extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
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

const { buildSamplePlan } = require(join(root, "scripts/sample-plan/package-parts.ts"));
const target = join(root, "assets/ke-hoach-mau-mam-non.docx");
const bytes = await buildSamplePlan();
writeFileSync(target, bytes);
console.log(`${target}: ${bytes.length} bytes`);
