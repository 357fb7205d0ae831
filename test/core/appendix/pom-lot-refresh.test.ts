/**
 * The preschool fixture already has a hand-made appendix with results filled in. Refreshing it
 * from the plan keeps every word staff wrote, puts the official criterion title in, leaves the
 * plan table byte for byte, and is idempotent.
 */
import {
  APPENDIX_MARKER,
  findCriterion,
  getCatalog,
  planAppendix,
  type TableBlock,
} from "../../../src/core";
import {
  appendixTable,
  fixtureBytes,
  planTableXmls,
  read,
  runAppendix,
  runThroughDocxHost,
  type AppendixRun,
} from "./support/documents";

// The staff columns of the fixture's own appendix, told by their header words.
const STAFF_HEADER = /điều chỉnh|triển khai|ghi chú/iu;

function staffGridColumns(table: TableBlock): Set<number> {
  const columns = new Set<number>();
  for (const row of table.rows.slice(0, 2)) {
    for (const cell of row.cells) {
      if (!STAFF_HEADER.test(cell.text)) continue;
      for (let column = cell.gridColumn; column < cell.gridColumn + cell.gridSpan; column++) {
        columns.add(column);
      }
    }
  }
  return columns;
}

/** The texts of the body cells under the staff columns. */
function staffTexts(table: TableBlock): string[] {
  const columns = staffGridColumns(table);
  return table.rows
    .slice(2)
    .flatMap((row) => row.cells)
    .filter((cell) => cell.gridSpan === 1 && columns.has(cell.gridColumn))
    .map((cell) => cell.text)
    .filter((text) => text.trim() !== "");
}

function countIn(texts: readonly string[], text: string): number {
  let count = 0;
  for (const written of texts) {
    for (let at = written.indexOf(text); at >= 0; at = written.indexOf(text, at + 1)) count++;
  }
  return count;
}

describe("refreshing the appendix of mn-pom-lot-2021 (docx host: open, refresh, save, reopen)", () => {
  let run: AppendixRun;
  beforeAll(async () => {
    const bytes = new Uint8Array(fixtureBytes("mn-pom-lot-2021"));
    run = await runThroughDocxHost(bytes, "mn-pom-lot-2021.docx");
  });

  it("refreshes the existing appendix table instead of adding one", () => {
    // The table, and the "(Kèm theo …)" line of its heading (see below).
    expect(run.result.edits.map((edit) => edit.kind)).toEqual(["setParagraphText", "replaceTable"]);
    expect(run.result.outcome).toMatchObject({
      kind: "refreshed",
      layout: "report",
      changed: true,
      rows: 2,
      addedRows: 0,
      orphanedRows: 0,
      conflicts: [],
    });
    expect(run.after.analysis.appendixTables).toHaveLength(1);
  });

  // Exactly once in the staff columns: the plan content column may repeat a staff text that
  // copied the plan (the fixture's "điều chỉnh" column repeats the plan's action for 3.2).
  it("loses no text staff filled in: each is there exactly once", () => {
    const before = staffTexts(appendixTable(run.before));
    expect(before.length).toBeGreaterThanOrEqual(6);
    const after = staffTexts(appendixTable(run.after));
    for (const text of before) expect([text, countIn(after, text)]).toEqual([text, 1]);
    expect(after).toEqual(before);
    expect(run.result.outcome).toMatchObject({ keptCells: before.length });
  });

  it("writes the official title of criterion 3.2", () => {
    const criterion = findCriterion(getCatalog("tt19-mn"), "3.2");
    const official = `Tiêu chí 3.2: ${criterion?.title ?? "?"}`;
    const texts = appendixTable(run.after).rows.flatMap((row) =>
      row.cells.map((cell) => cell.text)
    );
    expect(texts).toContain(official);
    expect(texts.filter((text) => text.startsWith("Tiêu chí 3.2"))).toEqual([official]);
  });

  it("numbers the rows and fills the plan content from the plan", () => {
    const plan = run.before.analysis.plans[0];
    const actions = plan?.rows.filter((row) => row.kind === "action") ?? [];
    const table = appendixTable(run.after);
    const dataRows = table.rows.filter((row) => /^\d+$/.test(row.cells[0]?.text ?? ""));
    expect(dataRows.map((row) => row.cells[0]?.text)).toEqual(["1", "2"]);
    actions.forEach((action, index) => {
      const planned = dataRows[index]?.cells[2]?.text ?? "";
      if (action.kind !== "action") return;
      expect(planned).toContain(action.cells.weakness?.text.split("\n")[0]?.trim() ?? "?");
      expect(planned).toContain(action.cells.action?.text.split("\n")[0]?.trim() ?? "?");
    });
  });

  it("leaves the plan table byte-identical", () => {
    expect(planTableXmls(run.after)).toEqual(planTableXmls(run.before));
  });

  it("marks the table as ours and corrects the plan's number and document type in its heading", () => {
    expect(appendixTable(run.after).contentControlTag).toBe(APPENDIX_MARKER);
    const heading = (reading: AppendixRun["before"]) => {
      const at = appendixTable(reading).blockIndex;
      return reading.model.blocks
        .slice(at - 4, at)
        .map((block) => (block.kind === "paragraph" ? block.text : ""));
    };
    const [label, templateTitle, title, attachment] = heading(run.before);
    const number = run.before.analysis.plans[0]?.metadata.planNumber?.text ?? "?";
    expect(attachment).toMatch(/^\(Kèm theo Báo cáo số 9\/KH-MNPL/);
    expect(heading(run.after)).toEqual([
      label,
      templateTitle,
      title,
      attachment?.replace("Báo cáo", "Kế hoạch").replace("9/KH-MNPL", number),
    ]);
    expect(heading(run.after)[0]).toMatch(/^PHỤ LỤC/);
    expect(number).toBe("97/KH-MNPL");
  });

  it("says what it corrected in the heading, and what is left for staff", () => {
    const { outcome } = run.result;
    if (outcome.kind !== "refreshed") throw new Error(outcome.kind);
    const byField = new Map(outcome.headingDiscrepancies.map((found) => [found.field, found]));
    const number = run.before.analysis.plans[0]?.metadata.planNumber?.text;
    expect(byField.get("planNumber")).toMatchObject({
      written: "9/KH-MNPL",
      expected: number,
      corrected: true,
    });
    expect(byField.get("documentKind")).toMatchObject({ expected: "Kế hoạch", corrected: true });
    // "MẪU" starts a leftover title line above the real one: only staff can delete it.
    expect(byField.get("templateWord")).toMatchObject({ written: "MẪU" });
    expect(byField.get("templateWord")?.corrected).toBeUndefined();
    // The date agrees with the plan's; the plan names no school to compare with.
    expect(byField.has("date")).toBe(false);
    expect(byField.has("schoolName")).toBe(false);
  });

  it("is idempotent: a second run changes nothing", () => {
    const second = planAppendix(run.after.model, run.after.analysis);
    expect(second.edits).toEqual([]);
    expect(second.outcome).toMatchObject({ kind: "refreshed", changed: false, updatedCells: 0 });
    const third = runAppendix(run.after.xml);
    expect(third.after.xml).toBe(run.after.xml);
    expect(planTableXmls(read(third.after.xml))).toEqual(planTableXmls(run.before));
  });
});
