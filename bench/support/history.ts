/**
 * What each optimisation of issue 8 changed, measured once when it was made (same machine as the
 * first run below, 2 cores; gzip level 9 of the production taskpane.js; times are medians, the
 * before and after of a step measured side by side). Kept as written: later runs do not redo
 * these, they measure where the code is now.
 */
export interface Step {
  change: string;
  before: string;
  after: string;
}

export const ROUND_TRIPS: readonly Step[] = [
  {
    change:
      "Cursor's cell loaded in the reading's own batch (TableCell.rowIndex/value, Table.nestingLevel/rowCount, Table.values only where tables look alike), recognised in the model",
    before: "read with the cursor in a table: 2 syncs",
    after: "1 sync (a second only when the model cannot tell tables apart)",
  },
  {
    change: "Same, as felt while typing (live check, 300 rows, 50 ms/sync)",
    before: "136.5 ms (20 rows: 106.2 ms)",
    after: "≈ 80 ms (20 rows: ≈ 58 ms)",
  },
  {
    change:
      "Cell selected in the batch that finds it (getCell fails the batch before anything moves; the table confirmed after)",
    before: "select a cell: 2 syncs, 107 ms at 50 ms/sync",
    after: "1 sync",
  },
];

export const PAGE_WEIGHT: readonly Step[] = [
  { change: "Start (React 19, Fluent, zod/mini)", before: "—", after: "218.8 KB" },
  {
    change: "Word host's writing code (edits, OOXML writer) loaded on the first edit",
    before: "218.8 KB",
    after: "210.5 KB",
  },
  {
    change:
      "First view without Fluent's TabList, Field, ProgressBar, Spinner (tabs, bar, loading note from plain elements and Fluent's tokens; no tabster)",
    before: "210.5 KB",
    after: "181.4 KB",
  },
  { change: "React 18.3 instead of 19", before: "181.4 KB", after: "158.1 KB" },
  {
    change:
      "Griffel styles compiled at build time (@griffel/webpack-loader): no stylis, no rtl-css-js",
    before: "158.1 KB",
    after: "152.0 KB",
  },
  {
    change: "English strings and the dark theme fetched only when needed",
    before: "152.0 KB",
    after: "149.9 KB",
  },
  {
    change: "The pane's own Notice instead of Fluent's MessageBar",
    before: "149.9 KB",
    after: "147.7 KB",
  },
  {
    change: "Fluent's type ramp as classes instead of its Text components",
    before: "147.7 KB",
    after: "146.3 KB",
  },
  {
    change:
      "Tried, not kept: Griffel's CSS extraction (@griffel/webpack-extraction-plugin): one CSS file for both pages and every lazy panel",
    before: "146.3 KB, first findings 290 ms",
    after: "141.0 KB JS + 11.2 KB CSS = 152.2 KB, first findings 305 ms",
  },
];

export const FIRST_RENDER: readonly Step[] = [
  {
    change: "Start (219 KB of script)",
    before: "—",
    after: "first findings 385–390 ms, heading at 276–280 ms",
  },
  {
    change: "The page weight steps above (−72 KB gzip)",
    before: "385–390 ms",
    after: "344–364 ms",
  },
  {
    change: "taskpane.js modulepreloaded: fetched and compiled while Office.js runs",
    before: "334 ms",
    after: "317 ms",
  },
  {
    change:
      "First reading asked for right after the first render is queued, not after it is drawn (0 ms / 50 ms per sync)",
    before: "341 ms / 364 ms",
    after: "284 ms / 322 ms",
  },
  {
    change:
      "The time of the last check written as HH:MM:SS by the pane, not by toLocaleTimeString (whose first call loads the locale's date data: ≈ 26 ms of script in the first render's profile)",
    before: "292 ms / 329 ms",
    after: "218–274 ms / 280–305 ms (three full runs of the page benchmark)",
  },
];
