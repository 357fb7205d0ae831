/** bench/results.json in the issue's order, and BENCHMARKS.md written from it. */
import type { PageLoad, Results } from "./results";

/** The issue's keys first, in its order; then the machine and the details. */
export function ordered(results: Results): Results {
  const { syncs, analyzeMs, ooxmlReadMs, liveCheckMs, bundleGzipBytes, firstRenderMs } = results;
  return {
    syncs: {
      read: syncs.read,
      insertTable: syncs.insertTable,
      insertRows: syncs.insertRows,
      appendix: syncs.appendix,
      select: syncs.select,
    },
    analyzeMs,
    ooxmlReadMs,
    liveCheckMs,
    bundleGzipBytes,
    firstRenderMs,
    machine: results.machine,
    details: results.details,
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const sum = (files: readonly { gzip: number }[]) => files.reduce((total, f) => total + f.gzip, 0);

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join(
    "\n"
  );
}

function pageSection(name: string, load: PageLoad): string {
  const files = load.firstRenderFiles.map((f) => [f.file, f.raw, f.gzip]);
  const steps = load.onDemand.map((step) => [
    step.action,
    step.files.map((f) => f.file).join(", ") || "nothing",
    kb(sum(step.files)),
  ]);
  return [
    `### ${name}`,
    "",
    `Until the first findings show: **${kb(load.firstRenderGzip)} gzip** of JS and CSS.`,
    "",
    table(["File", "Raw (B)", "Gzip (B)"], files),
    "",
    "Fetched later, only when staff do something:",
    "",
    table(["Action", "Files", "Gzip"], steps),
  ].join("\n");
}

export function benchmarksMarkdown(results: Results): string {
  const { machine, details } = results;
  const target = (ok: boolean) => (ok ? "met" : "**not met**");
  const syncRows = (details.syncs ?? []).map((row) => [
    row.action,
    row.syncs,
    `${row.msAt50MsPerSync} ms`,
  ]);
  const analyzeRows = (details.analyze ?? []).map((row) => [
    row.layout,
    row.rows,
    row.recogniseMs,
    row.analyzeMs,
    row.runs,
  ]);
  const readRows = (details.ooxmlRead ?? []).map((row) => [
    row.input,
    row.rows,
    row.bytes,
    row.ms,
    row.runs,
  ]);
  const liveRows = (details.liveCheck ?? []).map((row) => [
    row.rows,
    row.medianMs,
    `${row.minMs}–${row.maxMs}`,
    row.analyzeMs,
    row.runs,
  ]);
  const first = details.firstRender;
  const writes = Math.max(
    results.syncs.insertTable,
    results.syncs.insertRows,
    results.syncs.appendix
  );
  return `${[
    "# Benchmarks",
    "",
    "Written by `npm run bench` (after `npm ci` and `npm run build`); the same figures are in",
    "`bench/results.json`. Medians of repeated runs; nothing is picked.",
    "",
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node};`,
    `Chromium ${machine.chromium ?? "?"} (Debian, headless); load average ${machine.loadAverage.join(" / ")}`,
    `when the run started; ${machine.date}.`,
    "",
    "## Targets",
    "",
    table(
      ["Figure", "Measured", "Target", ""],
      [
        ["Syncs to read and analyse", results.syncs.read, "≤ 1", target(results.syncs.read <= 1)],
        ["Syncs per write action (worst)", writes, "≤ 2", target(writes <= 2)],
        [
          "analyze, 500 rows (slowest layout)",
          `${results.analyzeMs["500"]} ms`,
          "< 20 ms",
          target((results.analyzeMs["500"] ?? Infinity) < 20),
        ],
        [
          "Task pane page, gzip at first render",
          kb(results.bundleGzipBytes.taskpane),
          "< 150 KB",
          target(results.bundleGzipBytes.taskpane < 150000),
        ],
        [
          "First render, headless Chromium",
          `${results.firstRenderMs} ms`,
          "< 300 ms",
          target(results.firstRenderMs < 300),
        ],
      ]
    ),
    "",
    "## Round trips to Word",
    "",
    "`context.sync()` calls per action through the Word host, on the strict fake Word holding a",
    "300-row synthetic preschool plan, with 50 ms added to every sync (about Word on the web).",
    "",
    table(["Action", "Syncs", "Time at 50 ms/sync"], syncRows),
    "",
    "## Checking speed",
    "",
    "`analyze()` on synthetic plans (median ms):",
    "",
    table(["Layout", "Rows", "Recognise", "Analyze", "Runs"], analyzeRows),
    "",
    "Reading Office Open XML into the model (median ms):",
    "",
    table(["Input", "Rows", "Bytes", "ms", "Runs"], readRows),
    "",
    "Live checking: from the moment the debounced check starts (the 700 ms pause is excluded) to",
    "the session holding the new findings, 50 ms per sync:",
    "",
    table(["Rows", "Median ms", "Range", "of which analyze", "Runs"], liveRows),
    "",
    "## Page weight",
    "",
    "Gzip level 9, JS and CSS from the page's own origin, as Chromium fetched them. Office.js comes",
    "from Microsoft's CDN and is not counted: every add-in loads it.",
    "",
    ...(details.pages
      ? Object.entries(details.pages).flatMap(([name, load]) => [pageSection(name, load), ""])
      : []),
    "## First render",
    "",
    first
      ? `**${first.findingsMs} ms** (median of ${first.runs}, range ${first.minMs}–${first.maxMs} ms): ${first.definition}. The pane's heading shows at ${first.shellMs} ms. The fake Word's own setup, which stands in for Office.js, takes ${first.fakeWordSetupMs} ms of that.`
      : "Not measured.",
    "",
  ].join("\n")}`;
}
