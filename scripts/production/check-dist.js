// What the production build must be, beyond what webpack checks: no source maps shipped, and
// every page under a Content-Security-Policy that allows only its own origin and the Office CDN.
"use strict";

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const ALLOWED_SOURCES = new Set(["'self'", "'none'", OFFICE_CDN]);
// Fluent UI (Griffel) writes <style> elements at run time: inline styles, never inline scripts.
const ALLOWED_EXCEPTIONS = new Map([["style-src", new Set(["'unsafe-inline'"])]]);

/** The directives of the page's CSP meta element, or undefined when it has none. */
function cspOf(html) {
  // Minified pages drop the quotes around attribute values that need none.
  const meta = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["'\s>][^>]*>?/i.exec(html);
  const content = meta && /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  if (!content) return undefined;
  const directives = new Map();
  for (const part of (content[1] ?? content[2]).split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Problems with one page's CSP (`page` names it in the messages). */
function cspErrors(page, html) {
  const directives = cspOf(html);
  if (!directives) return [`${page}: no Content-Security-Policy`];
  const errors = [];
  if (directives.get("default-src")?.join(" ") !== "'self'") {
    errors.push(`${page}: default-src must be 'self'`);
  }
  if (directives.get("object-src")?.join(" ") !== "'none'") {
    errors.push(`${page}: object-src must be 'none'`);
  }
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const excepted = ALLOWED_EXCEPTIONS.get(name)?.has(source) ?? false;
      if (!ALLOWED_SOURCES.has(source) && !excepted) {
        errors.push(`${page}: ${name} allows ${source}`);
      }
    }
  }
  return errors;
}

/** Problems with the built files: `files` maps a path in dist/ to its text. */
function distErrors(files) {
  const errors = [];
  for (const [file, text] of files) {
    if (file.endsWith(".map")) errors.push(`${file}: a source map is shipped`);
    if (/\.(js|css)$/.test(file) && /[#@] sourceMappingURL=/.test(text)) {
      errors.push(`${file}: points at a source map`);
    }
    if (file.endsWith(".html")) errors.push(...cspErrors(file, text));
  }
  return errors;
}

module.exports = { cspErrors, distErrors };
