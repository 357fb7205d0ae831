// Builds the task pane, the ribbon's function file, the support page and the standalone page
// (the task pane's UI over a .docx, without Office) into dist/.
// Production: no source maps, Office.js from Microsoft's CDN, manifest URLs rewritten to KDCL_PUBLIC_URL.
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, productionUrl, productionManifest } = require("./scripts/public-url");
const { OFFICE_JS_CDN, officeJsDistDir } = require("./scripts/office-js");
const { BannerPlugin } = require("webpack");

const strings = {
  vi: require("./src/taskpane/i18n/vi.json"),
  en: require("./src/taskpane/i18n/en.json"),
};

/** The task pane, the function file and the pages: everything served over https. */
const taskpaneConfig = (production) => {
  const publicUrl = production ? productionUrl() : DEV_URL;

  const page = (template, chunks, title) =>
    new HtmlWebpackPlugin({
      filename: path.basename(template),
      template,
      chunks,
      scriptLoading: "module",
      templateParameters: { officeJsCdn: OFFICE_JS_CDN, strings, title },
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });

  return {
    name: "taskpane",
    mode: production ? "production" : "development",
    // No eval-based maps even in development: the Content-Security-Policy forbids eval.
    devtool: process.env.KDCL_ANALYZE ? "source-map" : production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      standalone: "./src/standalone/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // dist/cli/ belongs to the "cli" configuration, which `npm install` builds on its own.
      clean: { keep: /^cli(?:[\\/]|$)/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Griffel's styles compiled at build time (as Fluent's own packages ship them): the
            // page then needs no CSS compiler at run time (stylis, rtl-css-js, the token map).
            { loader: "@griffel/webpack-loader" },
            {
              loader: "ts-loader",
              // Type-checking is `npm run typecheck`; the build only transpiles.
              options: {
                transpileOnly: true,
                compilerOptions: { noEmit: false, sourceMap: !production },
              },
            },
          ],
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      page("./src/taskpane/taskpane.html", ["taskpane"], strings.vi.appName),
      page("./src/commands/commands.html", ["commands"], strings.vi.appName),
      page("./src/support/support.html", [], strings.vi.support.title),
      page("./src/standalone/standalone.html", ["standalone"], strings.vi.standalone.title),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/ke-hoach-mau-mam-non.docx", to: "assets/[name][ext]" },
          { from: "src/taskpane/legacy/unsupported-browser.js", to: "unsupported-browser.js" },
          { from: "src/taskpane/legacy/office-fallback.js", to: "office-fallback.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => productionManifest(content.toString(), publicUrl),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      // webpack-dev-server makes its own self-signed certificate: no CA install, no sudo.
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: officeJsDistDir(), publicPath: "/office-js", watch: false }],
      client: { overlay: { warnings: false } },
    },
  };
};

/**
 * The command line for Node (`webpack --config-name cli`): one self-contained file, the core and
 * jszip bundled in, run by `bin/kdcl.js` or directly (`node dist/cli/kdcl.js`; the shebang lets
 * it run as a script). Not minified: stack traces in a school's bug report stay readable.
 */
const cliConfig = (production) => ({
  name: "cli",
  mode: production ? "production" : "development",
  target: "node20",
  devtool: false,
  entry: { kdcl: "./src/cli/bin.ts" },
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false } },
        },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [new BannerPlugin({ banner: "#!/usr/bin/env node", raw: true })],
});

module.exports = (env, argv) => {
  const production = argv.mode !== "development";
  // The dev server serves the task pane alone.
  if (env.WEBPACK_SERVE) return taskpaneConfig(production);
  return [taskpaneConfig(production), cliConfig(production)];
};
