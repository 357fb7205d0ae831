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

/**
 * The manifest as served from `publicUrl`: every development URL rewritten, and the development
 * origin itself (an AppDomain is an origin, without the trailing slash) replaced by the public one.
 */
function productionManifest(xml, publicUrl) {
  const devOrigin = new URL(DEV_URL).origin;
  return xml.split(DEV_URL).join(publicUrl).split(devOrigin).join(new URL(publicUrl).origin);
}

module.exports = { DEV_URL, productionUrl, productionManifest };
