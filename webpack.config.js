// Builds the task pane, the ribbon's function file and the support page into dist/.
// Production: no source maps, Office.js from Microsoft's CDN, manifest URLs rewritten to KDCL_PUBLIC_URL.
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, productionUrl } = require("./scripts/public-url");
const { OFFICE_JS_CDN, officeJsDistDir } = require("./scripts/office-js");

const strings = {
  vi: require("./src/taskpane/i18n/vi.json"),
  en: require("./src/taskpane/i18n/en.json"),
};

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
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
    mode: production ? "production" : "development",
    // No eval-based maps even in development: the Content-Security-Policy forbids eval.
    devtool: process.env.KDCL_ANALYZE ? "source-map" : production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
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
            // Type-checking is `npm run typecheck`; the build only transpiles.
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      page("./src/taskpane/taskpane.html", ["taskpane"], strings.vi.appName),
      page("./src/commands/commands.html", ["commands"], strings.vi.appName),
      page("./src/support/support.html", [], strings.vi.support.title),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/legacy/unsupported-browser.js", to: "unsupported-browser.js" },
          { from: "src/taskpane/legacy/office-fallback.js", to: "office-fallback.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(publicUrl),
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
