/**
 * The main path of the task pane in Word, in Debian's Chromium: the built pane over the strict fake
 * of Word's API, backed by the preschool fixture. Findings → click → Word selects the cell → insert
 * criterion rows → the re-check shows them.
 */
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import type { Browser, Page } from "playwright-core";
import { serveDirectory, type StaticServer } from "./support/static-server";
import { launchChromium, watchForProblems } from "./support/chromium";
import { buildHarness } from "./harness/build-harness";

const fixtures = path.resolve(__dirname, "../../../shared/fixtures");

interface Selection {
  tableIndex?: number;
  rowIndex?: number;
  cellIndex?: number;
}

describe("task pane over a fake Word (Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "kdcl-harness-"));
    await buildHarness(outDir);
    server = await serveDirectory(outDir);
    browser = await launchChromium();
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(fixture: string): Promise<Page> {
    const page = await browser.newPage({ locale: "vi-VN", viewport: { width: 360, height: 900 } });
    await page.route("**/fixtures/*.docx", (route) =>
      route.fulfill({
        path: path.join(fixtures, path.basename(new URL(route.request().url()).pathname)),
      })
    );
    await page.goto(`${server.url}index.html?fixture=${fixture}&api=1.6`);
    return page;
  }

  it("walks the main path on the preschool plan with no console errors", async () => {
    const page = await openPane("mn-pom-lot-2021");
    const problems = watchForProblems(page);

    // Findings for the preschool plan: its open-ended deadlines.
    await page.getByRole("heading", { name: /Mầm non/ }).waitFor();
    await page.getByText("2 dòng công việc").waitFor();
    const finding = page
      .getByRole("button", { name: /Năm học 2021-2022 và các năm tiếp theo/ })
      .first();
    await finding.waitFor();

    // Click → the fake Word records the selection of that finding's cell.
    await finding.click();
    await page.waitForFunction(() => window.kdclFake?.lastSelection !== undefined);
    const selection = await page.evaluate(
      () => window.kdclFake?.lastSelection as unknown as Selection
    );
    expect(selection).toMatchObject({ tableIndex: 0, rowIndex: 3, cellIndex: 5 });

    // Insert criterion rows 2.1 and 3.1 under their standards. The Word host's writing code is
    // fetched then, with the first edit, not before.
    const scripts: string[] = [];
    page.on("request", (request) => scripts.push(new URL(request.url()).pathname));
    const isWritingCode = (file: string) => /\/word-edits\.[0-9a-f]+\.js$/.test(file);
    await page.getByRole("tab", { name: "Chèn" }).click();
    await page.getByRole("checkbox", { name: /^2\.1\./ }).check();
    await page.getByRole("checkbox", { name: /^3\.1\./ }).check();
    expect(scripts.filter(isWritingCode)).toEqual([]);
    await page.getByRole("button", { name: "Chèn dòng" }).click();

    // The re-check shows the new rows.
    await page.getByText("4 dòng công việc").waitFor();
    const documentXml = await page.evaluate(() => window.kdclFake?.documentXml ?? "");
    expect(documentXml).toContain("Tiêu chí 2.1: Đối với hiệu trưởng, phó hiệu trưởng");
    expect(documentXml).toContain("Tiêu chí 3.1: Diện tích, khuôn viên và sân vườn");
    expect(scripts.filter(isWritingCode)).toHaveLength(1);

    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await page.close();
  });

  it("re-checks after the user types, on WordApi 1.3 too", async () => {
    const page = await browser.newPage({ locale: "vi-VN" });
    await page.route("**/fixtures/*.docx", (route) =>
      route.fulfill({
        path: path.join(fixtures, path.basename(new URL(route.request().url()).pathname)),
      })
    );
    await page.goto(`${server.url}index.html?fixture=mn-liem-hai-2025&api=1.3`);
    await page.getByText("12 dòng công việc").waitFor();
    const vagueBefore = await page.getByRole("button", { name: /“Cả năm”/ }).count();
    expect(vagueBefore).toBeGreaterThan(0);
    // The user replaces the first "Cả năm" with months, then moves on.
    await page.evaluate(() => {
      const fake = window.kdclFake;
      if (!fake) throw new Error("no fake");
      fake.userTypesInCell({ tableIndex: 0, rowIndex: 2, cellIndex: 2 }, " (9/2025 – 5/2026)");
      fake.userMovesCursorToCell({ tableIndex: 4, rowIndex: 1, cellIndex: 0 });
    });
    await page.waitForFunction(
      (before) =>
        document.querySelectorAll("button").length > 0 &&
        [...document.querySelectorAll("button")].filter((b) => b.textContent?.includes("“Cả năm”"))
          .length < before,
      vagueBefore,
      { timeout: 10000 }
    );
    await page.close();
  });
});
