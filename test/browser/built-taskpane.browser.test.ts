/**
 * The production task pane (dist/taskpane.html, as built: environment detection, strings and theme
 * loading, modulepreload, CSP) inside "Word", in Debian's Chromium: the strict fake Word holding
 * the preschool fixture, bundled by the page benchmark's builder into a fake Office.js and served
 * in place of Microsoft's CDN. One page load, at the 320 px of a narrow Word task pane, walks the
 * main path: findings → click → Word selects the cell → insert criterion rows → the re-check shows
 * them → refresh the appendix. On each tab the page must not scroll sideways; screenshots of each
 * land in test-results/taskpane/.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { fakeOfficeScript } from "../../bench/page/build-fake-office";
import vi from "../../src/taskpane/i18n/vi.json";
import { launchChromium, watchForProblems } from "./support/chromium";
import { serveDirectory, type StaticServer } from "./support/static-server";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const FIXTURE = path.resolve(root, "../shared/fixtures/mn-pom-lot-2021.docx");
const artifacts = path.join(root, "test-results/taskpane");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";
const WIDTH = 320;

/** What the fake Office.js script and the init script below leave on `window`. */
interface FakeWordWindow {
  kdclFake?: { documentXml: string; lastSelection?: unknown };
  kdclCspViolations?: string[];
}

/** Run before the page's scripts: notes every Content-Security-Policy violation. */
function recordCspViolations(): void {
  const scope = window as unknown as FakeWordWindow;
  const violations: string[] = [];
  scope.kdclCspViolations = violations;
  document.addEventListener("securitypolicyviolation", (event) =>
    violations.push(`${event.effectiveDirective} ${event.blockedURI}`)
  );
}

/**
 * How far the page scrolls sideways: [] when it does not, else the elements sticking out past the
 * viewport's right edge (the outermost ones), to say what to fix.
 */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const html = document.documentElement;
    if (html.scrollWidth <= html.clientWidth) return [];
    const sticking = [...document.body.querySelectorAll("*")].filter(
      (element) => element.getBoundingClientRect().right > html.clientWidth + 0.5
    );
    const outermost = sticking.filter(
      (element) => !sticking.some((other) => other !== element && other.contains(element))
    );
    return [
      `scrollWidth ${html.scrollWidth} > clientWidth ${html.clientWidth}`,
      ...outermost.map(
        (element) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} right ${Math.round(
            element.getBoundingClientRect().right
          )}: ${(element.textContent ?? "").slice(0, 60)}`
      ),
    ];
  });
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe("the built task pane inside a fake Word (Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  let fakeOffice: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const scratch = mkdtempSync(path.join(tmpdir(), "kdcl-fake-office-"));
    try {
      fakeOffice = await fakeOfficeScript(FIXTURE, 0, scratch);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    server = await serveDirectory(dist);
    browser = await launchChromium();
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`walks the main path on the preschool plan at ${WIDTH} px, in Vietnamese, with no console errors or CSP violations`, async () => {
    const context = await browser.newContext({
      locale: "vi-VN",
      viewport: { width: WIDTH, height: 800 },
    });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    const origin = new URL(server.url).origin;
    const fetched: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      fetched.push(url.origin === origin ? url.pathname : url.href);
    });
    await page.route(OFFICE_CDN, (route) =>
      route.request().url().endsWith("/office.js")
        ? route.fulfill({ contentType: "text/javascript; charset=utf-8", body: fakeOffice })
        : route.abort()
    );
    await page.addInitScript(recordCspViolations);
    const documentXml = () =>
      page.evaluate(() => (window as unknown as FakeWordWindow).kdclFake?.documentXml ?? "");
    const shoot = (name: string) =>
      page.screenshot({ path: path.join(artifacts, `word-${WIDTH}-${name}.png`), fullPage: true });

    await page.goto(`${server.url}taskpane.html`);

    // Inside Word, in Vietnamese (Word's display language), with the plan's findings.
    await page.getByRole("heading", { name: vi.appName }).waitFor();
    await page.getByRole("heading", { name: /Mầm non/ }).waitFor();
    await page.getByText("2 dòng công việc").waitFor();
    const finding = page
      .getByRole("button", { name: /Năm học 2021-2022 và các năm tiếp theo/ })
      .first();
    await finding.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
    for (const tab of [vi.tabs.check, vi.tabs.insert, vi.tabs.report])
      expect(await page.getByRole("tab", { name: tab }).count()).toBe(1);
    expect(await page.getByText(vi.status.notInWordTitle).count()).toBe(0);
    await page.waitForLoadState("networkidle");
    expect(await sidewaysOverflow(page)).toEqual([]);
    await shoot("kiem-tra");

    // Click → Word selects that finding's cell.
    await finding.click();
    await page.waitForFunction(
      () => (window as unknown as FakeWordWindow).kdclFake?.lastSelection !== undefined
    );
    expect(
      await page.evaluate(() => (window as unknown as FakeWordWindow).kdclFake?.lastSelection)
    ).toMatchObject({ kind: "cell", tableIndex: 0, rowIndex: 3, cellIndex: 5 });
    expect(await sidewaysOverflow(page)).toEqual([]);

    // Chèn: criterion rows 2.1 and 3.1 under their standards; the re-check shows them.
    await page.getByRole("tab", { name: vi.tabs.insert }).click();
    await page.getByRole("checkbox", { name: /^2\.1\./ }).check();
    await page.getByRole("checkbox", { name: /^3\.1\./ }).check();
    expect(await sidewaysOverflow(page)).toEqual([]);
    await shoot("chen");
    await page.getByRole("button", { name: vi.insert.insertRows }).click();
    await page.getByText("Đã chèn 2 dòng tiêu chí (2.1, 3.1).").first().waitFor();
    await page.getByRole("tab", { name: vi.tabs.check }).click();
    await page.getByText("4 dòng công việc").waitFor();
    const afterInsert = await documentXml();
    expect(afterInsert).toContain("Tiêu chí 2.1: Đối với hiệu trưởng, phó hiệu trưởng");
    expect(afterInsert).toContain("Tiêu chí 3.1: Diện tích, khuôn viên và sân vườn");
    await page.getByRole("tab", { name: vi.tabs.insert }).click();
    await page.getByRole("checkbox").first().waitFor();
    expect(await sidewaysOverflow(page)).toEqual([]);
    await shoot("chen-da-chen");

    // Báo cáo: the fixture has an appendix already; refreshing it adds the two new rows.
    await page.getByRole("tab", { name: vi.tabs.report }).click();
    await page.getByText(vi.report.exists).waitFor();
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.getByRole("button", { name: vi.report.refresh }).click();
    await page
      .getByText(/^Đã cập nhật phụ lục: giữ nguyên \d+ ô đã điền, .*thêm 2 dòng/)
      .first()
      .waitFor();
    await page.getByText(vi.report.checkTitle).waitFor();
    const afterReport = await documentXml();
    expect(occurrences(afterReport, "Đối với hiệu trưởng, phó hiệu trưởng")).toBe(
      occurrences(afterInsert, "Đối với hiệu trưởng, phó hiệu trưởng") + 1
    );
    expect(occurrences(afterReport, "Diện tích, khuôn viên và sân vườn")).toBe(
      occurrences(afterInsert, "Diện tích, khuôn viên và sân vườn") + 1
    );
    expect(afterReport).toContain("Đã có nhân viên y tế kiêm nhiệm");
    expect(await sidewaysOverflow(page)).toEqual([]);
    await shoot("bao-cao");

    // The page as built: its module script fetched once (the modulepreload is used), Office.js
    // from the CDN address, nothing else from elsewhere; no CSP violation, no console error.
    expect(fetched.filter((file) => file === "/taskpane.js")).toHaveLength(1);
    expect(fetched.filter((file) => !file.startsWith("/"))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
    expect(
      await page.evaluate(() => (window as unknown as FakeWordWindow).kdclCspViolations)
    ).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await context.close();
  });
});
