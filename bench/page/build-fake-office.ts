/**
 * Bundles `fake-office.ts` into one classic script (production mode), for the page benchmark and
 * the browser test of the built task pane, and puts a fixture's document in front of it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import webpack from "webpack";

const root = path.resolve(__dirname, "../..");

export function buildFakeOffice(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "production",
    devtool: false,
    context: root,
    target: "web",
    entry: { "fake-office": path.join(__dirname, "fake-office.ts") },
    output: { path: outDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve(readFileSync(path.join(outDir, "fake-office.js"), "utf8"));
    });
  });
}

/** The parts of a .docx the fake Word holds: word/document.xml and word/styles.xml. */
export async function fixtureParts(
  file: string
): Promise<{ documentXml: string; stylesXml?: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (documentXml === undefined) throw new Error(`${file} has no word/document.xml`);
  return { documentXml, stylesXml: await zip.file("word/styles.xml")?.async("string") };
}

/**
 * The fake Office.js script, holding `fixture` (a .docx), answering each sync after `latencyMs`:
 * served in place of Microsoft's CDN script. `outDir` is webpack's scratch folder (emptied).
 */
export async function fakeOfficeScript(
  fixture: string,
  latencyMs: number,
  outDir: string
): Promise<string> {
  const input = { ...(await fixtureParts(fixture)), syncLatencyMs: latencyMs };
  return `window.kdclBenchDocument = ${JSON.stringify(input)};\n` + (await buildFakeOffice(outDir));
}
