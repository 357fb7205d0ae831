// `npm run validate`: the development manifest and the production one in dist/, offline.
"use strict";

const { readFile } = require("node:fs/promises");
const { existsSync } = require("node:fs");
const path = require("node:path");
const { checkManifest } = require("./manifest/check-manifest");
const { DEV_URL, productionUrl } = require("./public-url");

const root = path.resolve(__dirname, "..");
const schemaDir = path.resolve(root, "..", "shared", "manifest-schemas");
const dist = path.join(root, "dist");

async function check(label, file, baseUrl, devOrigin) {
  const xml = await readFile(file, "utf8");
  const errors = await checkManifest(xml, { schemaDir, baseUrl, fileRoot: dist, devOrigin });
  if (errors.length === 0) {
    console.log(`✓ ${label}: ${path.relative(root, file)} is valid`);
    return true;
  }
  console.error(`✗ ${label}: ${path.relative(root, file)}`);
  for (const error of errors) console.error(`  - ${error}`);
  return false;
}

async function main() {
  if (!existsSync(path.join(dist, "manifest.xml"))) {
    console.error("dist/manifest.xml is missing: run `npm run build` first.");
    process.exit(1);
  }
  const results = [
    await check("development manifest", path.join(root, "manifest.xml"), DEV_URL),
    await check(
      "production manifest",
      path.join(dist, "manifest.xml"),
      productionUrl(),
      new URL(DEV_URL).origin
    ),
  ];
  if (results.includes(false)) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
