// Benchmarks of the core (`npm run bench`): runs bench/*.bench.ts under plain Node.
//
// TypeScript is transpiled on the fly (typescript.transpileModule, no type-check) by a require hook
// for .ts files, so no build step or extra tool is needed. Each bench file exports
// `run(): Promise<void> | void` and prints its own results.
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
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

const only = process.argv[2];
const benches = readdirSync(join(root, "bench"))
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => !only || name.includes(only))
  .sort();

for (const name of benches) {
  console.log(`# ${name}`);
  await require(join(root, "bench", name)).run();
}
