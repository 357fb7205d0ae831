/**
 * The production pages (dist/, from `npm run build`) in Debian's Chromium, headless:
 *
 * - what each page fetches (JS and CSS from its own origin) until its first findings show, and
 *   what each later action fetches (the Chèn and Báo cáo tabs, the first edit), raw and gzip;
 * - the task pane's first render: dist/taskpane.html as built, inside "Word" — the strict fake
 *   Word, holding the preschool fixture, served in place of Office.js from Microsoft's CDN — in a
 *   fresh browser context each run (no cache). Times are from navigation start to the first
 *   animation frame after the element appeared (the frame that paints it).
 */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import vi from "../src/taskpane/i18n/vi.json";
import { launchChromium } from "../test/browser/support/chromium";
import { serveDirectory, type StaticServer } from "../test/browser/support/static-server";
import { fakeOfficeScript as buildFakeOfficeScript } from "./page/build-fake-office";
import { median } from "./support/measure";
import type { PageLoad, Results } from "./support/results";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const FIXTURE = path.resolve(root, "../shared/fixtures/mn-pom-lot-2021.docx");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";
const RUNS = 15;

export const FIRST_RENDER_DEFINITION =
  "navigation start → the first animation frame after the Kiểm tra tab's first findings " +
  "(their group headings) are in the page — the whole pane, heading, tabs and toolbar, is drawn " +
  "by then — for the preschool fixture mn-pom-lot-2021; the production taskpane.html with the " +
  "strict fake Word served in place of Office.js, answering each sync at once (0 ms), a fresh " +
  "browser context each run";

type Marks = {
  shell?: number;
  findings?: number;
  fakeSetup?: number;
  readStart?: number;
  readEnd?: number;
};

/** Notes when the app's heading and the first findings appear (run before the page's scripts). */
function installMarks(findingsLabel: string): void {
  const marks: Record<string, number> = {};
  (window as unknown as { kdclMarks: Record<string, number> }).kdclMarks = marks;
  const watch = (name: string, selector: string) => {
    const check = () => {
      if (marks[name] !== undefined || !document.querySelector(selector)) return false;
      marks[name] = -1;
      requestAnimationFrame(() => (marks[name] = performance.now()));
      return true;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  };
  watch("shell", "#container h1");
  watch("findings", `section[aria-label="${findingsLabel}"] h3`);
}

interface Fetched {
  file: string;
  raw: number;
  gzip: number;
}

function weigh(file: string): Fetched {
  const body = readFileSync(path.join(dist, file));
  return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Every JS and CSS file the page fetches from its own origin, in order, from now on. */
function recordFetches(page: Page, origin: string): () => string[] {
  const files: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && /\.(js|css)$/.test(url.pathname))
      files.push(url.pathname.slice(1));
  });
  let taken = 0;
  return () => {
    const fresh = files.slice(taken);
    taken = files.length;
    return fresh;
  };
}

async function marksOf(page: Page): Promise<Required<Marks>> {
  await page.waitForFunction(
    () => ((window as unknown as { kdclMarks?: Marks }).kdclMarks?.findings ?? -1) > 0,
    null,
    { timeout: 30000 }
  );
  return page.evaluate(() => {
    const scope = window as unknown as {
      kdclMarks: Marks;
      kdclBenchFakeSetupMs?: number;
      kdclBenchBatches?: { start: number; end: number }[];
    };
    const read = scope.kdclBenchBatches?.[0];
    return {
      shell: scope.kdclMarks.shell ?? -1,
      findings: scope.kdclMarks.findings ?? -1,
      fakeSetup: scope.kdclBenchFakeSetupMs ?? 0,
      readStart: read?.start ?? -1,
      readEnd: read?.end ?? -1,
    };
  });
}

/** The on-demand steps every page offers: the two lazy tabs, then inserting criterion rows. */
async function onDemand(page: Page, take: () => string[]): Promise<PageLoad["onDemand"]> {
  const steps: PageLoad["onDemand"] = [];
  const settle = () => page.waitForLoadState("networkidle");
  await page.getByRole("tab", { name: vi.tabs.insert }).click();
  await page.getByRole("checkbox").first().waitFor();
  await settle();
  steps.push({ action: "open the Chèn tab", files: take().map(weigh) });
  await page.getByRole("tab", { name: vi.tabs.report }).click();
  await page.getByRole("tabpanel").getByRole("button").first().waitFor();
  await settle();
  steps.push({ action: "open the Báo cáo tab", files: take().map(weigh) });
  await page.getByRole("tab", { name: vi.tabs.insert }).click();
  await page.getByRole("checkbox", { name: /^2\.1\./ }).check();
  await page.getByRole("button", { name: vi.insert.insertRows }).click();
  await page
    .getByText(/Đã chèn \d+ dòng tiêu chí/)
    .first()
    .waitFor();
  await settle();
  steps.push({ action: "insert criterion rows (first edit)", files: take().map(weigh) });
  return steps;
}

function pageLoad(startup: string[], steps: PageLoad["onDemand"]): PageLoad {
  const firstRenderFiles = startup.map(weigh);
  return {
    firstRenderGzip: firstRenderFiles.reduce((sum, file) => sum + file.gzip, 0),
    firstRenderFiles,
    onDemand: steps,
  };
}

async function taskpane(
  browser: Browser,
  server: StaticServer,
  fakeOffice: string,
  withSteps: boolean
): Promise<{ marks: Required<Marks>; load: PageLoad }> {
  const context = await browser.newContext({
    locale: "vi-VN",
    viewport: { width: 360, height: 900 },
  });
  const page = await context.newPage();
  await page.route(OFFICE_CDN, (route) =>
    route.request().url().endsWith("/office.js")
      ? route.fulfill({ contentType: "text/javascript; charset=utf-8", body: fakeOffice })
      : route.abort()
  );
  await page.addInitScript(installMarks, vi.check.findingsLabel);
  const take = recordFetches(page, new URL(server.url).origin);
  await page.goto(`${server.url}taskpane.html`);
  const marks = await marksOf(page);
  await page.waitForLoadState("networkidle");
  const startup = take();
  const steps = withSteps ? await onDemand(page, take) : [];
  await context.close();
  return { marks, load: pageLoad(startup, steps) };
}

async function standalone(browser: Browser, server: StaticServer): Promise<PageLoad> {
  const context = await browser.newContext({
    locale: "vi-VN",
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.addInitScript(installMarks, vi.check.findingsLabel);
  const take = recordFetches(page, new URL(server.url).origin);
  await page.goto(`${server.url}standalone.html`);
  await marksOf(page);
  await page.waitForLoadState("networkidle");
  const startup = take();
  const steps = await onDemand(page, take);
  await context.close();
  return pageLoad(startup, steps);
}

/** The fake Office.js script, holding the fixture, answering each sync after `latencyMs`. */
function fakeOfficeScript(latencyMs: number): Promise<string> {
  return buildFakeOfficeScript(FIXTURE, latencyMs, path.join(root, "bench/tmp/fake-office"));
}

async function timedRuns(
  browser: Browser,
  server: StaticServer,
  latencyMs: number
): Promise<Required<Marks>[]> {
  const script = await fakeOfficeScript(latencyMs);
  const runs: Required<Marks>[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push((await taskpane(browser, server, script, false)).marks);
  }
  return runs;
}

const medianOf = (runs: Required<Marks>[], pick: (marks: Required<Marks>) => number) =>
  Math.round(median(runs.map(pick)));

export async function run(): Promise<Partial<Results>> {
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    throw new Error("dist/ is missing: run `npm run build` before `npm run bench`");
  }
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const first = await taskpane(browser, server, await fakeOfficeScript(0), true);
    const runs = await timedRuns(browser, server, 0);
    const web = await timedRuns(browser, server, 50);
    const findings = runs.map((marks) => marks.findings);
    const firstRenderMs = medianOf(runs, (marks) => marks.findings);
    const standalonePage = await standalone(browser, server);
    const pages = { taskpane: first.load, standalone: standalonePage };
    for (const [name, load] of Object.entries(pages)) {
      console.log(`${name}: ${load.firstRenderGzip} B gzip until the first findings`);
      for (const file of load.firstRenderFiles)
        console.log(`  ${file.file} ${file.raw} ${file.gzip}`);
      for (const step of load.onDemand) {
        const gzip = step.files.reduce((sum, file) => sum + file.gzip, 0);
        console.log(
          `  then ${step.action}: +${gzip} B gzip (${step.files.map((f) => f.file).join(", ") || "nothing"})`
        );
      }
    }
    const firstRender = {
      definition: FIRST_RENDER_DEFINITION,
      runs: RUNS,
      shellMs: medianOf(runs, (marks) => marks.shell),
      findingsMs: firstRenderMs,
      minMs: Math.round(Math.min(...findings)),
      maxMs: Math.round(Math.max(...findings)),
      readStartMs: medianOf(runs, (marks) => marks.readStart),
      readEndMs: medianOf(runs, (marks) => marks.readEnd),
      fakeWordSetupMs: Math.round(median(runs.map((marks) => marks.fakeSetup)) * 10) / 10,
      at50MsPerSync: {
        shellMs: medianOf(web, (marks) => marks.shell),
        findingsMs: medianOf(web, (marks) => marks.findings),
      },
    };
    console.log(
      `first findings: ${firstRenderMs} ms (median of ${RUNS}; pane drawn ${firstRender.shellMs} ms; reading ${firstRender.readStartMs}–${firstRender.readEndMs} ms; fake Word setup ${firstRender.fakeWordSetupMs} ms); at 50 ms per sync: pane ${firstRender.at50MsPerSync.shellMs} ms, findings ${firstRender.at50MsPerSync.findingsMs} ms`
    );
    return {
      bundleGzipBytes: {
        taskpane: first.load.firstRenderGzip,
        standalone: standalonePage.firstRenderGzip,
      },
      firstRenderMs,
      details: { pages, firstRender },
      machine: { chromium: browser.version() } as Results["machine"],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
