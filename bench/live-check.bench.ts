/**
 * Live checking as staff feel it in Word on the web: 50 ms added to every `context.sync()`, the
 * task pane's session (`PlanSession` over `WordHost` over the strict fake Word) watching the
 * document, a user typing in a plan cell. Measured from the moment the debounced check starts
 * (the pause in typing itself, 700 ms, is excluded) to the session holding the new findings.
 */
import { analyze } from "../src/core";
import type { AnalyzeOptions } from "../src/core/analyze/types";
import type { DocumentModel } from "../src/core/model/document";
import { realTimers, type Timers } from "../src/taskpane/session/debounce";
import { PlanSession } from "../src/taskpane/session/plan-session";
import { median } from "./support/measure";
import type { Results } from "./support/results";
import { PLAN_TABLE, wordPlan } from "./support/word-plan";

const SIZES = [20, 300];
const RUNS = 15;
const LATENCY_MS = 50;

interface Run {
  total: number;
  analyze: number;
}

async function measureSize(rows: number): Promise<Run[]> {
  const { fake, host } = wordPlan({ actionRows: rows, latencyMs: LATENCY_MS });
  let checkStartedAt = 0;
  // The debounce's timer, noting when it fires: that is when the check starts.
  const timers: Timers = {
    setTimeout: (callback, ms) =>
      realTimers.setTimeout(() => {
        checkStartedAt = performance.now();
        callback();
      }, ms),
    clearTimeout: (handle) => realTimers.clearTimeout(handle),
  };
  let lastAnalyzeMs = 0;
  const timedAnalyze = (document: DocumentModel, options: AnalyzeOptions) => {
    const started = performance.now();
    const result = analyze(document, options);
    lastAnalyzeMs = performance.now() - started;
    return result;
  };
  const session = new PlanSession({ host, analyze: timedAnalyze, timers });
  await session.check();
  if (!(await session.startLiveChecking())) throw new Error("no live checking on the fake");
  const plan = session
    .getState()
    .document?.blocks.find((block) => block.kind === "table" && block.tableIndex === PLAN_TABLE);
  // Action rows: the ones with a cell for the action (group rows span the table in one cell).
  const actionRows =
    plan?.kind === "table" ? plan.rows.filter((row) => row.cells.length > 3).slice(1) : [];
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    const before = session.getState().analysis;
    const updated = new Promise<number>((resolve) => {
      const unsubscribe = session.subscribe(() => {
        const state = session.getState();
        if (state.analysis !== before && state.activity === "idle") {
          unsubscribe();
          resolve(performance.now());
        }
      });
    });
    // An action cell, in a different row each time.
    const row = actionRows[(run * 7) % actionRows.length];
    if (!row) throw new Error("the synthetic plan has no action rows");
    const rowIndex = row.rowIndex;
    fake.userTypesInCell({ tableIndex: PLAN_TABLE, rowIndex, cellIndex: 3 }, " x");
    const doneAt = await updated;
    runs.push({ total: doneAt - checkStartedAt, analyze: lastAnalyzeMs });
  }
  session.dispose();
  return runs;
}

export async function run(): Promise<Partial<Results>> {
  const liveCheckMs: Record<string, number> = {};
  const details: NonNullable<Results["details"]["liveCheck"]> = [];
  for (const rows of SIZES) {
    const runs = await measureSize(rows);
    const totals = runs.map((entry) => entry.total);
    const medianMs = median(totals);
    const analyzeMs = median(runs.map((entry) => entry.analyze));
    liveCheckMs[rows] = Math.round(medianMs * 10) / 10;
    details.push({
      rows,
      runs: RUNS,
      medianMs: Math.round(medianMs * 10) / 10,
      minMs: Math.round(Math.min(...totals) * 10) / 10,
      maxMs: Math.round(Math.max(...totals) * 10) / 10,
      readMs: Math.round((medianMs - analyzeMs) * 10) / 10,
      analyzeMs: Math.round(analyzeMs * 10) / 10,
    });
    console.log(
      `${rows} rows: ${medianMs.toFixed(1)} ms from the check's start to new findings (analyze ${analyzeMs.toFixed(1)} ms; median of ${RUNS}, ${LATENCY_MS} ms per sync)`
    );
  }
  return { liveCheckMs, details: { liveCheck: details } };
}
