/** Bundles `fake-office.ts` into one classic script (production mode), for the page benchmark. */
import { readFileSync } from "node:fs";
import path from "node:path";
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
