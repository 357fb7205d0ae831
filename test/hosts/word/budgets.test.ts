/**
 * Round trips per action, on the fake with 50 ms per sync (about Word on the web): the budgets
 * the host is held to, and the time they cost.
 */
import { fakeWordWith } from "./support/fixtures";
import { hostOn, syncsOf } from "./support/host";
import { appendix, groupRow, progressTable } from "./support/specs";

const LATENCY_MS = 50;

async function measured<T>(
  fake: Awaited<ReturnType<typeof fakeWordWith>>,
  action: () => Promise<T>
) {
  const started = Date.now();
  const { result, syncs } = await syncsOf(fake, action);
  return { result, syncs, ms: Date.now() - started };
}

describe("sync budgets (50 ms per sync)", () => {
  it("keeps every action within its budget", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021", { syncLatencyMs: LATENCY_MS });
    const host = hostOn(fake);
    const rows: [string, number, number, number][] = [];
    const record = async (name: string, budget: number, action: () => Promise<unknown>) => {
      const { result, syncs, ms } = await measured(fake, action);
      const failed =
        result === false ||
        result === undefined ||
        (typeof result === "object" && result !== null && "ok" in result && result.ok === false);
      expect(failed ? [name, result] : "done").toBe("done");
      expect(syncs).toBeLessThanOrEqual(budget);
      rows.push([name, syncs, budget, ms]);
    };
    await record("read the plan (cursor outside tables)", 1, () => host.readDocument());
    fake.placeCursorInCell({ tableIndex: 0, rowIndex: 3, cellIndex: 1 });
    await record("read the plan (cursor in a table)", 1, () => host.readDocument());
    await record("read the cursor", 1, () => host.readCursor());
    await record("select a cell", 1, () =>
      host.selectCell({ tableIndex: 1, rowIndex: 1, cellIndex: 6 })
    );
    fake.placeCursorInParagraph("MỤC ĐÍCH");
    await record("insert a table at the cursor", 2, () =>
      host.applyEdits([
        { kind: "insertFragment", fragment: { blocks: [progressTable()] }, at: { kind: "cursor" } },
      ])
    );
    await host.readDocument();
    // The plan's table is table 1 now: the new table went in before it.
    await record("insert rows (group row, OOXML)", 2, () =>
      host.applyEdits([
        {
          kind: "insertRows",
          tableIndex: 1,
          afterRowIndex: 5,
          rows: [groupRow("Tiêu chuẩn 5", 9)],
        },
      ])
    );
    await host.readDocument();
    await record("write the appendix at the end", 2, () =>
      host.applyEdits([
        { kind: "insertFragment", fragment: appendix({ landscape: true }), at: { kind: "end" } },
      ])
    );
    const model = await host.readDocument();
    const last = model.blocks.filter((block) => block.kind === "table").length - 1;
    await record("replace the appendix table", 2, () =>
      host.applyEdits([
        { kind: "replaceTable", tableIndex: last, table: progressTable("kdcl-phu-luc-bang") },
      ])
    );
    console.log(
      rows
        .map(
          ([name, syncs, budget, ms]) => `${name}: ${syncs} sync(s) (budget ${budget}), ${ms} ms`
        )
        .join("\n")
    );
  });
});
