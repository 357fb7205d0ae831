/**
 * The one-table-per-standard fixture has no appendix yet: the appendix is created at the end, in
 * a landscape section, grouped by standard, with a heading built from the plan's metadata only.
 */
import {
  APPENDIX_MARKER,
  findStandard,
  getCatalog,
  type ActionRow,
  type TableBlock,
} from "../../../src/core";
import {
  appendixTable,
  fixtureDocumentXml,
  planTableXmls,
  type AppendixRun,
  runAppendix,
} from "./support/documents";

const COLUMN_COUNT = 7;

function isGroupRow(row: TableBlock["rows"][number]): boolean {
  return row.cells.length === 1 && row.cells[0]?.gridSpan === COLUMN_COUNT;
}

/** Texts of the paragraphs among blocks [from, to). */
function paragraphTexts(run: AppendixRun, from: number, to?: number): string[] {
  return run.after.model.blocks
    .slice(from, to)
    .flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));
}

describe("creating the appendix of mn-liem-hai-2025", () => {
  let run: AppendixRun;
  let table: TableBlock;
  beforeAll(async () => {
    run = runAppendix(await fixtureDocumentXml("mn-liem-hai-2025"));
    table = appendixTable(run.after);
  });

  it("inserts one fragment at the end of the document", () => {
    expect(run.result.edits).toHaveLength(1);
    expect(run.result.edits[0]).toMatchObject({
      kind: "insertFragment",
      at: { kind: "end" },
      fragment: { landscape: true },
    });
    expect(run.result.outcome).toMatchObject({
      kind: "created",
      layout: "report",
      appendixLabel: "PHỤ LỤC",
      rows: 12,
      addedRows: 12,
    });
    const lastPlanTable = run.before.analysis.plans[0]?.tables.at(-1)?.blockIndex ?? Infinity;
    expect(table.blockIndex).toBeGreaterThan(lastPlanTable);
    expect(table.contentControlTag).toBe(APPENDIX_MARKER);
  });

  it("heads it with the label, the title and the plan's number, date and school", () => {
    const [label, title, attachment] = paragraphTexts(run, 0, table.blockIndex)
      .filter((text) => text.trim() !== "")
      .slice(-3);
    expect(label).toBe("PHỤ LỤC");
    expect(title).toBe(
      "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026"
    );
    // The plan number is blank in the plan ("Số: /KH-MNLH"): a blank to fill, not a guess.
    expect(attachment).toBe(
      "(Kèm theo Kế hoạch số …/KH-MNLH ngày 06 tháng 4 năm 2026 của Trường mầm non Liêm Hải)"
    );
  });

  it("has the two-row header, cells merged across and down", () => {
    const [top, bottom] = table.rows;
    expect(top?.cells.map((cell) => [cell.gridSpan, cell.verticalMerge])).toEqual([
      [1, "restart"],
      [1, "restart"],
      [2, "none"],
      [2, "none"],
      [1, "restart"],
    ]);
    expect(top?.cells.map((cell) => cell.text)).toEqual([
      "TT",
      "Tiêu chuẩn, tiêu chí",
      "ND Kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026",
      "Kết quả thực hiện",
      "Ghi chú",
    ]);
    expect(bottom?.cells.map((cell) => cell.verticalMerge)).toEqual([
      "continue",
      "continue",
      "none",
      "none",
      "none",
      "none",
      "continue",
    ]);
    expect(bottom?.cells.slice(2, 6).map((cell) => cell.text)).toEqual([
      "ND kế hoạch được xây dựng đầu năm",
      "ND kế hoạch đã được điều chỉnh",
      "Những công việc đã triển khai xong theo đúng kế hoạch (nêu rõ chất lượng, hiệu quả công việc)",
      "Những công việc đang triển khai theo kế hoạch hoặc chậm so với kế hoạch (lý do chậm tiến độ), đánh giá sơ bộ",
    ]);
    expect(top?.repeatsAsHeader).toBe(true);
  });

  it("groups the rows by standard: 5 group rows with official titles, 12 action rows", () => {
    const body = table.rows.slice(2);
    const groups = body.filter(isGroupRow);
    const catalog = getCatalog("tt19-mn");
    expect(groups.map((row) => row.cells[0]?.text)).toEqual(
      ["1", "2", "3", "4", "5"].map((code) => {
        const standard = findStandard(catalog, code);
        return `Tiêu chuẩn ${code}: ${standard?.title ?? "?"}`;
      })
    );
    const actions = body.filter((row) => !isGroupRow(row));
    expect(actions).toHaveLength(12);
    expect(actions.map((row) => row.cells[0]?.text)).toEqual(
      Array.from({ length: 12 }, (_, index) => String(index + 1))
    );
  });

  it("fills the first content column from the plan and leaves the others empty", () => {
    const planRows = (run.before.analysis.plans[0]?.rows ?? []).filter(
      (row): row is ActionRow => row.kind === "action"
    );
    const actions = table.rows.slice(2).filter((row) => !isGroupRow(row));
    planRows.forEach((planRow, index) => {
      const cells = actions[index]?.cells.map((cell) => cell.text) ?? [];
      // No criterion codes in this plan: the criterion column names the standard.
      expect(cells[1]).toMatch(new RegExp(`^Tiêu chuẩn ${planRow.standardCode ?? "?"}: `));
      for (const part of [planRow.cells.weakness?.text, planRow.cells.action?.text]) {
        for (const line of (part ?? "").split("\n")) expect(cells[2]).toContain(line.trim());
      }
      expect(cells.slice(3)).toEqual(["", "", "", ""]);
    });
  });

  it("signs with the plan's signer", () => {
    const signer = run.before.analysis.plans[0]?.metadata.signer;
    const after = paragraphTexts(run, table.blockIndex + 1).filter((text) => text.trim() !== "");
    expect(after).toEqual([signer?.title, signer?.name]);
  });

  it("puts it in a landscape section of its own and leaves the plan tables byte-identical", () => {
    const sections = [...run.after.xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(
      (match) => match[0]
    );
    expect(sections.at(-1)).toMatch(/w:orient="landscape"/);
    expect(sections.slice(0, -1).some((section) => !/landscape/.test(section))).toBe(true);
    expect(planTableXmls(run.after)).toEqual(planTableXmls(run.before));
  });

  it("is found and left alone by the next run", () => {
    const again = runAppendix(run.after.xml);
    expect(again.result.edits).toEqual([]);
    expect(again.result.outcome).toMatchObject({
      kind: "refreshed",
      changed: false,
      updatedCells: 0,
      conflicts: [],
      headingDiscrepancies: [],
    });
    expect(again.after.xml).toBe(run.after.xml);
  });
});
