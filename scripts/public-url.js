// Where the add-in is served. Development uses the Office tooling's usual https://localhost:3000/;
// production builds use KDCL_PUBLIC_URL, or package.json's config.public_url.
"use strict";

const DEV_URL = "https://localhost:3000/";

function productionUrl() {
  const configured = process.env.KDCL_PUBLIC_URL || require("../package.json").config.public_url;
  const url = new URL(configured);
  if (url.protocol !== "https:") throw new Error(`KDCL_PUBLIC_URL must be https: ${configured}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

module.exports = { DEV_URL, productionUrl };
