/**
 * The standalone page from the production build, in Debian's Chromium: the sample plan at start,
 * each shared fixture opened through the file input, a finding's cell shown, the appendix generated
 * (or criterion rows inserted), the edited file downloaded and read back with our own docx reader.
 * Any console error, and any request outside the page's origin, fails the test.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import {
  analyze,
  type AnalyzeResult,
  type AppendixTableRef,
  type DocumentModel,
  type TableBlock,
} from "../../src/core";
import { openDocx } from "../../src/hosts/docx";
import { describeRule } from "../../src/taskpane/session/rule-titles";
import vi from "../../src/taskpane/i18n/vi.json";
import en from "../../src/taskpane/i18n/en.json";
import { launchChromium, watchForProblems, type PageProblems } from "./support/chromium";
import { refuseOtherOrigins } from "./support/same-origin";
import { serveDirectory, type StaticServer } from "./support/static-server";

const dist = path.resolve(__dirname, "../../dist");
const fixtures = path.resolve(__dirname, "../../../shared/fixtures");
const artifacts = path.resolve(__dirname, "../../test-results/standalone");

/** The heading of a kind of finding in the Kiểm tra tab: "<rule description> (<count>)". */
function ruleHeading(ruleId: string): RegExp {
  const title = describeRule(ruleId)?.vi ?? ruleId;
  return new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+\\)$`);
}

/** The cell's centre is on screen, inside every box that scrolls it, and not covered. */
function isScrolledIntoView(cell: Locator): Promise<boolean> {
  return cell.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + Math.min(rect.height / 2, 12);
    const inside = (box: { left: number; right: number; top: number; bottom: number }) =>
      x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    if (!inside({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })) return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (/auto|scroll|hidden/.test(style.overflowX + style.overflowY)) {
        if (!inside(parent.getBoundingClientRect())) return false;
      }
    }
    const hit = document.elementFromPoint(x, y);
    return hit !== null && element.contains(hit);
  });
}

async function waitUntilScrolledIntoView(cell: Locator): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await isScrolledIntoView(cell)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the chosen cell was not scrolled into view");
}

interface ReadBack {
  document: DocumentModel;
  result: AnalyzeResult;
}

async function readBack(file: string): Promise<ReadBack> {
  const host = await openDocx(new Uint8Array(readFileSync(file)), path.basename(file));
  const document = await host.readDocument();
  return { document, result: analyze(document, {}) };
}

function tablesOf(document: DocumentModel, indices: readonly number[]): TableBlock[] {
  return document.blocks.filter(
    (block): block is TableBlock => block.kind === "table" && indices.includes(block.tableIndex)
  );
}

// The appendix columns the plan fills: TT, the criterion, the plan's content as built at the start
// of the year. Every other column is staff's (adjusted content, done, ongoing, notes…).
const PLAN_COLUMN_HEADER = /^(?:S?TT|Tiêu chuẩn, tiêu chí)$|được XD đầu năm|xây dựng đầu năm/i;

/** The paragraphs staff wrote in an appendix table: its body cells outside the plan's columns. */
function staffTexts(document: DocumentModel, ref: AppendixTableRef): string[] {
  const [table] = tablesOf(document, [ref.tableIndex]);
  if (!table) throw new Error(`no table ${ref.tableIndex}`);
  const header = table.rows.filter((row) => ref.headerRowIndices.includes(row.rowIndex));
  const planColumns = new Set(
    header.flatMap((row) =>
      row.cells
        .filter((cell) => PLAN_COLUMN_HEADER.test(cell.text.trim()))
        .flatMap((cell) => Array.from({ length: cell.gridSpan }, (_, i) => cell.gridColumn + i))
    )
  );
  expect(planColumns.size).toBeGreaterThan(0);
  return table.rows
    .filter((row) => !ref.headerRowIndices.includes(row.rowIndex))
    .flatMap((row) => row.cells)
    .filter((cell) => cell.verticalMerge !== "continue" && !planColumns.has(cell.gridColumn))
    .flatMap((cell) => cell.paragraphs.map((paragraph) => paragraph.text.trim()))
    .filter((text) => text !== "");
}

describe("standalone page (production build) in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await serveDirectory(dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  interface OpenedPage {
    page: Page;
    problems: PageProblems;
    elsewhere: string[];
  }

  async function openPage(width = 1280, locale = "vi-VN"): Promise<OpenedPage> {
    const page = await browser.newPage({
      locale,
      viewport: { width, height: 900 },
      acceptDownloads: true,
    });
    const elsewhere = refuseOtherOrigins(page, new URL(server.url).origin);
    const problems = watchForProblems(page);
    await page.goto(`${server.url}standalone.html`);
    return { page, problems, elsewhere };
  }

  function expectClean({ problems, elsewhere }: OpenedPage): void {
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    expect(elsewhere).toEqual([]);
  }

  async function openFixture(page: Page, name: string): Promise<void> {
    await page
      .getByLabel(vi.standalone.fileInput)
      .setInputFiles(path.join(fixtures, `${name}.docx`));
    await page.getByText(`Tệp: ${name}.docx`).waitFor();
  }

  async function chooseFinding(page: Page, ruleId: string): Promise<Locator> {
    const list = page.getByRole("list", { name: ruleHeading(ruleId) });
    await list.getByRole("button").first().click();
    const cell = page.locator('[aria-current="location"]');
    await cell.waitFor();
    expect(await cell.count()).toBe(1);
    await waitUntilScrolledIntoView(cell);
    return cell;
  }

  it("opens with the sample plan and its planted problems, says files stay here, and sends nothing", async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByText(vi.standalone.privacy).waitFor();
    await page.getByText("Tệp: ke-hoach-mau-mam-non.docx").waitFor();
    for (const ruleId of [
      "missing-owner",
      "vague-deadline",
      "criterion-title-misspelled",
      "deadline-outside-school-year",
      "missing-monitor",
    ]) {
      await page.getByRole("heading", { name: ruleHeading(ruleId) }).waitFor();
    }
    expect(await page.locator("[data-severity]").count()).toBe(7);
    expect(await page.locator("script[src*='appsforoffice'], script[src*='office']").count()).toBe(
      0
    );
    expectClean(opened);
    await page.close();
  });

  it.each([
    ["mn-liem-hai-2025", ["vague-deadline", "deadline-outside-school-year", "missing-monitor"]],
    ["mn-pom-lot-2021", ["open-ended-deadline"]],
  ])("lists the problems of %s opened through the file input", async (name, ruleIds) => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByText("Tệp: ke-hoach-mau-mam-non.docx").waitFor();
    await openFixture(page, name);
    for (const ruleId of ruleIds)
      await page.getByRole("heading", { name: ruleHeading(ruleId) }).waitFor();
    expect(await page.getByText(vi.standalone.sampleNote).count()).toBe(0);
    expectClean(opened);
    await page.close();
  });

  it("says there is no plan table in mn-19-8-tap-huan-2022", async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByText("Tệp: ke-hoach-mau-mam-non.docx").waitFor();
    await openFixture(page, "mn-19-8-tap-huan-2022");
    await page
      .getByText(/Không tìm thấy bảng kế hoạch/)
      .first()
      .waitFor();
    await page.getByText(vi.standalone.noTables).waitFor();
    expectClean(opened);
    await page.close();
  });

  it("refuses a file that is not a .docx, naming it", async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByText("Tệp: ke-hoach-mau-mam-non.docx").waitFor();
    await page.getByLabel(vi.standalone.fileInput).setInputFiles({
      name: "ke-hoach-cu.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from("Kế hoạch năm học 2025-2026"),
    });
    await page
      .getByRole("alert")
      .getByText(/Tệp “ke-hoach-cu\.docx” không phải tài liệu Word \.docx/)
      .waitFor();
    await page.getByText("Tệp: ke-hoach-mau-mam-non.docx").waitFor();
    expectClean(opened);
    await page.close();
  });

  it.each([
    {
      name: "mn-liem-hai-2025",
      ruleId: "deadline-outside-school-year",
      cellText: "6/2026",
      button: vi.report.generate,
      done: /^Đã tạo .*báo cáo kết quả/,
      staffParagraphs: 0,
    },
    {
      // The plan already has an appendix that staff filled in: generating refreshes it.
      name: "mn-pom-lot-2021",
      ruleId: "open-ended-deadline",
      cellText: "Năm học 2021-2022 và các năm tiếp theo",
      button: vi.report.refresh,
      done: /^Đã cập nhật phụ lục: giữ nguyên/,
      staffParagraphs: 8,
    },
  ])(
    "shows a finding's cell of $name, generates its appendix, and downloads a file our reader agrees with",
    async ({ name, ruleId, cellText, button, done, staffParagraphs }) => {
      const opened = await openPage();
      const { page } = opened;
      await page.getByText("Tệp: ke-hoach-mau-mam-non.docx").waitFor();
      await openFixture(page, name);
      const original = await readBack(path.join(fixtures, `${name}.docx`));
      const planTables = original.result.plans[0]?.tables.map((table) => table.tableIndex) ?? [];
      expect(planTables.length).toBeGreaterThan(0);

      const cell = await chooseFinding(page, ruleId);
      expect(await cell.getAttribute("data-severity")).toBe("warning");
      expect(await cell.textContent()).toContain(cellText);

      const download = page.getByRole("button", { name: vi.standalone.download });
      expect(await download.getAttribute("aria-disabled")).toBe("true");
      await page.getByRole("tab", { name: vi.tabs.report }).click();
      await page.getByRole("button", { name: button }).click();
      await page.getByText(done).first().waitFor();
      await page.getByRole("heading", { name: /phụ lục báo cáo/ }).waitFor();
      await page.getByText(vi.standalone.unsaved).waitFor();
      expect(await download.getAttribute("aria-disabled")).toBeNull();

      const [saved] = await Promise.all([page.waitForEvent("download"), download.click()]);
      expect(saved.suggestedFilename()).toBe(`${name}-da-sua.docx`);
      const file = path.join(artifacts, saved.suggestedFilename());
      await saved.saveAs(file);
      await page.getByText(`Đã tải về “${name}-da-sua.docx”.`).waitFor();

      const edited = await readBack(file);
      expect(tablesOf(edited.document, planTables)).toEqual(
        tablesOf(original.document, planTables)
      );
      expect(edited.result.appendixTables?.length).toBeGreaterThan(0);

      // Every paragraph staff wrote in the appendix is still in its staff columns, exactly once
      // (the plan's own columns are rewritten from the plan, which may say the same words).
      const staffOf = ({ document, result }: ReadBack) =>
        (result.appendixTables ?? []).flatMap((ref) => staffTexts(document, ref));
      const staff = staffOf(original);
      expect(staff).toHaveLength(staffParagraphs);
      const timesFound = (texts: string[]) =>
        staff.map((text) => [text, texts.filter((found) => found === text).length]);
      const eachOnce = staff.map((text) => [text, 1]);
      expect(timesFound(staff)).toEqual(eachOnce);
      expect(timesFound(staffOf(edited))).toEqual(eachOnce);
      expectClean(opened);
      await page.close();
    }
  );

  it("inserts criterion rows into the sample and asks before leaving until they are downloaded", async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByRole("heading", { name: ruleHeading("missing-owner") }).waitFor();
    await page.getByRole("tab", { name: vi.tabs.insert }).click();
    await page.getByRole("checkbox", { name: /^1\.1\./ }).click();
    await page.getByRole("button", { name: vi.insert.insertRows }).click();
    await page.getByText("10 dòng công việc").waitFor();

    // Leaving (here: reloading) asks first; staying keeps the changes.
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.evaluate(() => location.reload());
    expect(dialogs).toEqual(["beforeunload"]);
    await page.getByText("10 dòng công việc").waitFor();

    // So does opening another file over them.
    await page
      .getByLabel(vi.standalone.fileInput)
      .setInputFiles(path.join(fixtures, "mn-pom-lot-2021.docx"));
    const discard = page.getByRole("alertdialog", { name: vi.standalone.discardTitle });
    await discard.getByRole("button", { name: vi.standalone.discardCancel }).click();
    await discard.waitFor({ state: "detached" });
    await page.getByText("Tệp: ke-hoach-mau-mam-non.docx").waitFor();

    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: vi.standalone.download }).click(),
    ]);
    const file = path.join(artifacts, saved.suggestedFilename());
    await saved.saveAs(file);
    const edited = await readBack(file);
    const codes = edited.result.plans[0]?.rows.flatMap((row) =>
      row.kind === "action" ? [row.criterionCode] : []
    );
    expect(codes?.[0]).toBe("1.1");

    // Downloaded: leaving no longer asks.
    await page.reload();
    await page.getByRole("heading", { name: ruleHeading("missing-owner") }).waitFor();
    expect(dialogs).toEqual(["beforeunload"]);
    expectClean(opened);
    await page.close();
  });

  it.each([
    [320, "mobile-320"],
    [1280, "desktop-1280"],
  ])(
    "fits %i px: the chosen cell in view, the table scrolling inside its box (screenshot %s)",
    async (width, name) => {
      const opened = await openPage(width);
      const { page } = opened;
      await page.getByRole("heading", { name: ruleHeading("missing-owner") }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width
      );
      const scroller = page.locator("[data-table]").first();
      const box = await scroller.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(width);
      if (width === 320) {
        // The table is wider than a phone: it scrolls inside its own box, not the page.
        expect(
          await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)
        ).toBe(true);
      } else {
        // Findings and tables side by side.
        const findings = await page.getByRole("tabpanel").boundingBox();
        expect(findings && box && findings.x + findings.width).toBeLessThan(box?.x ?? 0);
      }
      await page.screenshot({ path: path.join(artifacts, `${name}-start.png`) });
      await chooseFinding(page, "deadline-outside-school-year");
      await page.screenshot({ path: path.join(artifacts, `${name}-chosen.png`) });
      expectClean(opened);
      await page.close();
    }
  );

  it("speaks English in an English browser", async () => {
    const opened = await openPage(1280, "en-US");
    await opened.page.getByText(en.standalone.privacy).waitFor();
    await opened.page.getByText("File: ke-hoach-mau-mam-non.docx").waitFor();
    expectClean(opened);
    await opened.page.close();
  });
});
