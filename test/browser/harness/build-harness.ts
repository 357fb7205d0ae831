import path from "node:path";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";

const root = path.resolve(__dirname, "../../..");

/** Builds the fake-Word task pane into `outDir` (production mode, like the real pane). */
export function buildHarness(outDir: string): Promise<void> {
  const compiler = webpack({
    mode: "production",
    devtool: false,
    context: root,
    entry: { harness: path.join(__dirname, "fake-word-taskpane.tsx") },
    output: {
      path: outDir,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: path.join(__dirname, "fake-word-taskpane.html"),
        scriptLoading: "module",
      }),
    ],
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
}
