import { readFileSync } from "node:fs";
import path from "node:path";
import { cspErrors, distErrors } from "../../scripts/production/check-dist";

const root = path.resolve(__dirname, "../..");
const PAGES = [
  "src/taskpane/taskpane.html",
  "src/standalone/standalone.html",
  "src/commands/commands.html",
  "src/support/support.html",
];

describe("production files check", () => {
  it.each(PAGES)("accepts the CSP of %s", (page) => {
    expect(cspErrors(page, readFileSync(path.join(root, page), "utf8"))).toEqual([]);
  });

  it("reads a minified page's CSP, attribute quotes dropped", () => {
    const minified =
      "<meta http-equiv=Content-Security-Policy content=\"default-src 'self'; object-src 'none'; img-src 'self' data:\">";
    expect(cspErrors("p.html", minified)).toEqual(["p.html: img-src allows data:"]);
  });

  it("rejects a page without a CSP, eval, inline scripts and foreign origins", () => {
    expect(cspErrors("a.html", "<html></html>")).toEqual(["a.html: no Content-Security-Policy"]);
    const loose =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *; script-src 'self' 'unsafe-eval' 'unsafe-inline' https://cdn.example.org\" />";
    expect(cspErrors("b.html", loose)).toEqual([
      "b.html: default-src must be 'self'",
      "b.html: object-src must be 'none'",
      "b.html: default-src allows *",
      "b.html: script-src allows 'unsafe-eval'",
      "b.html: script-src allows 'unsafe-inline'",
      "b.html: script-src allows https://cdn.example.org",
    ]);
  });

  it("rejects shipped source maps and references to them", () => {
    const files = new Map([
      ["taskpane.js", "console.log(1);\n//# sourceMappingURL=taskpane.js.map"],
      ["taskpane.js.map", "{}"],
      ["standalone.js", "console.log(2);"],
    ]);
    expect(distErrors(files)).toEqual([
      "taskpane.js: points at a source map",
      "taskpane.js.map: a source map is shipped",
    ]);
  });
});
