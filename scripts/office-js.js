// Where Office.js comes from: Microsoft's CDN in production, the @microsoft/office-js package offline.
"use strict";

const path = require("node:path");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_CDN_BASE = "https://appsforoffice.microsoft.com/lib/1/hosted/";

function officeJsDistDir() {
  return path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
}

module.exports = { OFFICE_JS_CDN, OFFICE_JS_CDN_BASE, officeJsDistDir };
