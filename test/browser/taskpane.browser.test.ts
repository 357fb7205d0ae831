import path from "node:path";
import type { Browser } from "playwright-core";
import { serveDirectory, type StaticServer } from "./support/static-server";
import { launchChromium, serveOfficeJsLocally, watchForProblems } from "./support/chromium";
import vi from "../../src/taskpane/i18n/vi.json";
import en from "../../src/taskpane/i18n/en.json";

const dist = path.resolve(__dirname, "../../dist");
const officeJsDist = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);

describe("task pane page (production build) in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDirectory(dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders outside Word with no console errors", async () => {
    const page = await browser.newPage({ locale: "vi-VN" });
    await serveOfficeJsLocally(page);
    const problems = watchForProblems(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("heading", { name: vi.appName }).waitFor();
    await page.getByText(vi.status.notInWordTitle).waitFor();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await page.close();
  });

  it("speaks English in an English browser outside Word", async () => {
    const page = await browser.newPage({ locale: "en-US" });
    await serveOfficeJsLocally(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("heading", { name: en.appName }).waitFor();
    await page.close();
  });

  it("asks Internet Explorer webviews to update Office", async () => {
    const page = await browser.newPage({
      locale: "vi-VN",
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    await serveOfficeJsLocally(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("heading", { name: vi.status.unsupportedTitle }).waitFor();
    expect(await page.locator("#container").innerHTML()).toBe("");
    await page.close();
  });

  it("falls back to Office.js served from its own origin when the CDN is out of reach", async () => {
    const page = await browser.newPage({ locale: "vi-VN" });
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.route("**/office-js/**", async (route) => {
      const relative = new URL(route.request().url()).pathname.replace(/^\/office-js\//, "");
      await route.fulfill({ path: path.join(officeJsDist, relative) });
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(vi.status.notInWordTitle).waitFor();
    await page.close();
  });

  it("says so when neither the CDN nor the local Office.js can be reached", async () => {
    const page = await browser.newPage({ locale: "vi-VN" });
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.route("**/office-js/**", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(vi.status.officeMissingTitle).waitFor();
    await page.close();
  });
});
