// Offline manifest checks: Microsoft's XSDs (../shared/manifest-schemas) through xmllint-wasm, then what
// a schema cannot say: every resid defined and at most 32 characters, every URL https, referenced files
// present in the build. Plain CommonJS so `npm run validate` runs it without a build step.
"use strict";

const { readFile, readdir } = require("node:fs/promises");
const { existsSync } = require("node:fs");
const path = require("node:path");
const { validateXML } = require("xmllint-wasm");

const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const RESID_MAX_LENGTH = 32;

async function loadSchemas(schemaDir) {
  const names = (await readdir(schemaDir)).filter((name) => name.endsWith(".xsd"));
  const files = await Promise.all(
    names.map(async (fileName) => ({
      fileName,
      contents: await readFile(path.join(schemaDir, fileName), "utf8"),
    }))
  );
  const main = files.find((file) => file.fileName === MAIN_SCHEMA);
  if (!main) throw new Error(`${MAIN_SCHEMA} not found in ${schemaDir}`);
  return { main, preload: files.filter((file) => file !== main) };
}

async function schemaErrors(xml, schemaDir) {
  const { main, preload } = await loadSchemas(schemaDir);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [main],
    preload,
  });
  return result.valid ? [] : result.errors.map((error) => `schema: ${error.rawMessage.trim()}`);
}

function attributeValues(xml, pattern) {
  return [...xml.matchAll(pattern)].map((match) => match[1]);
}

function residErrors(xml) {
  const errors = [];
  const defined = new Set(attributeValues(xml, /<bt:(?:Image|Url|String)\b[^>]*\bid="([^"]*)"/g));
  for (const id of defined) {
    if (id.length > RESID_MAX_LENGTH)
      errors.push(`resid "${id}" is longer than ${RESID_MAX_LENGTH}`);
  }
  for (const resid of attributeValues(xml, /\bresid="([^"]*)"/g)) {
    if (resid.length > RESID_MAX_LENGTH) {
      errors.push(`resid "${resid}" is longer than ${RESID_MAX_LENGTH}`);
    }
    if (!defined.has(resid)) errors.push(`resid "${resid}" is not defined in <Resources>`);
  }
  return errors;
}

function manifestUrls(xml) {
  const fromAttributes = attributeValues(xml, /\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/gi);
  const fromAppDomains = attributeValues(xml, /<AppDomain>([^<]*)<\/AppDomain>/g);
  return [...fromAttributes, ...fromAppDomains.map((domain) => domain.trim())];
}

function urlErrors(xml) {
  return manifestUrls(xml)
    .filter((url) => !url.startsWith("https://"))
    .map((url) => `URL is not https: ${url}`);
}

/** Files under `baseUrl` that the manifest references but `fileRoot` lacks (icons, pages). */
function missingFileErrors(xml, baseUrl, fileRoot) {
  const errors = [];
  for (const url of new Set(manifestUrls(xml))) {
    if (!url.startsWith(baseUrl)) continue;
    const relative = decodeURIComponent(url.slice(baseUrl.length).split(/[?#]/)[0]);
    if (relative === "") continue;
    if (!existsSync(path.join(fileRoot, relative))) {
      errors.push(`referenced file missing: ${relative} (${url})`);
    }
  }
  return errors;
}

/** URLs and app domains still at the development server: a production manifest must have none. */
function devOriginErrors(xml, devOrigin) {
  return manifestUrls(xml)
    .filter((url) => url.startsWith(devOrigin))
    .map((url) => `development URL left in the manifest: ${url}`);
}

/**
 * @param {string} xml manifest text
 * @param {{ schemaDir: string, baseUrl?: string, fileRoot?: string, devOrigin?: string }} options
 * @returns {Promise<string[]>} problems found, empty when the manifest is valid
 */
async function checkManifest(xml, options) {
  const errors = await schemaErrors(xml, options.schemaDir);
  errors.push(...residErrors(xml), ...urlErrors(xml));
  if (options.baseUrl && options.fileRoot) {
    errors.push(...missingFileErrors(xml, options.baseUrl, options.fileRoot));
  }
  if (options.devOrigin) errors.push(...devOriginErrors(xml, options.devOrigin));
  return errors;
}

module.exports = { checkManifest, residErrors, urlErrors };
