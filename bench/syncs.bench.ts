/**
 * Round trips to Word (`context.sync()`) per action through the Word host, on the strict fake
 * Word holding a 300-row synthetic plan, with 50 ms added to every sync (about Word on the web).
 * Each action is measured on its own, after the reading the task pane would already have.
 */
import { analyze, planAppendix, planCriterionRows, planTableFragment } from "../src/core";
import type { DocumentEdit } from "../src/core/edits/edit";
import type { Results, SyncCounts } from "./support/results";
import { PLAN_TABLE, wordPlan, type WordPlan } from "./support/word-plan";

const ROWS = 300;
const LATENCY_MS = 50;
const MISSING = "2.1";

async function counted(
  { fake }: WordPlan,
  action: () => Promise<unknown>
): Promise<{ syncs: number; ms: number; result: unknown }> {
  const before = fake.syncCount;
  const started = performance.now();
  const result = await action();
  return { syncs: fake.syncCount - before, ms: performance.now() - started, result };
}

function failed(result: unknown): boolean {
  if (result === false || result === undefined) return true;
  return typeof result === "object" && result !== null && "ok" in result && result.ok === false;
}

async function applied(plan: WordPlan, edits: () => Promise<DocumentEdit[]>) {
  const planned = await edits();
  if (planned.length === 0) throw new Error("the core planned no edits");
  return counted(plan, () => plan.host.applyEdits(planned));
}

export async function run(): Promise<Partial<Results>> {
  const plan = wordPlan({ actionRows: ROWS, latencyMs: LATENCY_MS, missingCriterion: MISSING });
  const { fake, host } = plan;
  const rows: { action: string; key?: keyof SyncCounts; syncs: number; ms: number }[] = [];
  const record = (
    action: string,
    key: keyof SyncCounts | undefined,
    outcome: { syncs: number; ms: number; result: unknown }
  ) => {
    if (failed(outcome.result))
      throw new Error(`${action} failed: ${JSON.stringify(outcome.result)}`);
    rows.push({ action, key, syncs: outcome.syncs, ms: outcome.ms });
  };
  const analysed = async () => {
    const document = await host.readDocument();
    return { document, analysis: analyze(document) };
  };

  fake.placeCursorInParagraph("KẾ HOẠCH");
  record("read (cursor outside tables)", undefined, await counted(plan, () => host.readDocument()));
  fake.placeCursorInCell({ tableIndex: PLAN_TABLE, rowIndex: 150, cellIndex: 3 });
  record("read (cursor in a plan table)", "read", await counted(plan, () => host.readDocument()));
  record(
    "select a cell",
    "select",
    await counted(plan, () =>
      host.selectCell({ tableIndex: PLAN_TABLE, rowIndex: 120, cellIndex: 4 })
    )
  );

  record(
    `insert criterion rows (${MISSING}, renumbered)`,
    "insertRows",
    await applied(plan, async () => {
      const { document, analysis } = await analysed();
      const target = analysis.plans[0];
      if (!target) throw new Error("the synthetic plan was not recognised");
      return planCriterionRows(document, target, [MISSING]).edits;
    })
  );

  record(
    "write the appendix (create)",
    "appendix",
    await applied(plan, async () => {
      const { document, analysis } = await analysed();
      return planAppendix(document, analysis).edits;
    })
  );
  fake.userTypesInCell(
    { tableIndex: PLAN_TABLE, rowIndex: 10, cellIndex: 3 },
    "\n- Báo cáo kết quả"
  );
  await fake.settle();
  record(
    "write the appendix (refresh)",
    "appendix",
    await applied(plan, async () => {
      const { document, analysis } = await analysed();
      return planAppendix(document, analysis).edits;
    })
  );

  // Last: the new table would be another plan for the actions above.
  fake.placeCursorInParagraph("III. TỔ CHỨC THỰC HIỆN");
  await host.readDocument();
  record(
    "insert a plan table at the cursor",
    "insertTable",
    await applied(plan, async () => [
      {
        kind: "insertFragment",
        fragment: planTableFragment({ catalogId: "tt19-mn", criteria: ["1.1", "1.2"] }),
        at: { kind: "cursor" },
      },
    ])
  );

  const syncs = {} as SyncCounts;
  for (const row of rows) {
    if (row.key) syncs[row.key] = Math.max(syncs[row.key] ?? 0, row.syncs);
    console.log(
      `${row.action.padEnd(42)} ${row.syncs} sync(s), ${row.ms.toFixed(0)} ms at ${LATENCY_MS} ms/sync`
    );
  }
  return {
    syncs,
    details: {
      syncs: rows.map((row) => ({
        action: row.action,
        syncs: row.syncs,
        msAt50MsPerSync: Math.round(row.ms),
      })),
    },
  };
}
