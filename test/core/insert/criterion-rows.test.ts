import { planCriterionRows } from "../../../src/core/insert";
import {
  LIEM_HAI_COLUMNS,
  POM_LOT_COLUMNS,
  PRIMARY_COLUMNS,
  buildPlan,
  empty,
  group,
  level,
  row,
} from "./support/plan-builder";
import {
  cellText,
  criterionLabel,
  insertRowsEdits,
  placements,
  rowTexts,
  setCellTextEdits,
  spanSum,
  standardLabel,
} from "./support/edits";
import type { ColumnRole } from "../../../src/core/model/plan";

const MN = "tt19-mn" as const;
const c = (code: string) => criterionLabel(MN, code);
const s = (code: string) => standardLabel(MN, code);

/** The 2021 preschool plan's shape: standards 2 and 3, one criterion each, numbered as it is. */
function pomLotShape() {
  return buildPlan(MN, [
    "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
    {
      columns: POM_LOT_COLUMNS,
      rows: [
        level(),
        group(s("2"), "1"),
        row("1", c("2.3"), "", "", "BGH"),
        group(s("3"), "2"),
        row("2", c("3.2"), "", "", "CBQL"),
      ],
    },
  ]);
}

describe("planCriterionRows: where rows go", () => {
  it("puts each criterion under its standard, before the next criterion, and renumbers TT", () => {
    const { document, plan } = pomLotShape();
    const result = planCriterionRows(document, plan, ["3.1", "2.1"]);
    expect(result.added).toEqual(["2.1", "3.1"]);
    expect(result.skipped).toEqual([]);
    expect(placements(result.edits)).toEqual([
      "t0 after 2: criterion:2.1",
      "t0 after 4: criterion:3.1",
    ]);
    const [first, second] = insertRowsEdits(result.edits);
    expect(first?.rows[0] && rowTexts(first.rows[0])).toEqual([
      "1",
      c("2.1"),
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
    expect(second?.rows[0] && rowTexts(second.rows[0])).toEqual([
      "3",
      c("3.1"),
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
    expect(first?.formatLikeRowIndex).toBe(3);
    expect(second?.formatLikeRowIndex).toBe(3);
    expect(setCellTextEdits(result.edits)).toEqual([
      {
        kind: "setCellText",
        cell: { tableIndex: 0, rowIndex: 3, cellIndex: 0 },
        expectedText: "1",
        text: "2",
      },
      {
        kind: "setCellText",
        cell: { tableIndex: 0, rowIndex: 5, cellIndex: 0 },
        expectedText: "2",
        text: "4",
      },
    ]);
  });

  it("orders criteria by code within a standard, 1.10 after 1.9", () => {
    const { document, plan } = buildPlan(MN, [
      {
        columns: POM_LOT_COLUMNS,
        rows: [group(s("1"), "1"), row("1", c("1.1")), row("2", c("1.3")), row("3", c("1.9"))],
      },
    ]);
    const result = planCriterionRows(document, plan, ["1.10", "1.2"]);
    expect(placements(result.edits)).toEqual([
      "t0 after 2: criterion:1.2",
      "t0 after 4: criterion:1.10",
    ]);
    expect(result.added).toEqual(["1.2", "1.10"]);
  });

  it("in a plan written out of order, goes before the first later criterion", () => {
    const { document, plan } = buildPlan(MN, [
      {
        columns: POM_LOT_COLUMNS,
        rows: [group(s("1"), "1"), row("1", c("1.3")), row("2", c("1.1"))],
      },
    ]);
    expect(placements(planCriterionRows(document, plan, ["1.2"]).edits)).toEqual([
      "t0 after 1: criterion:1.2",
    ]);
  });

  it("keeps a criterion's further rows together: a later criterion goes after all of them", () => {
    const { document, plan } = buildPlan(MN, [
      {
        columns: POM_LOT_COLUMNS,
        rows: [
          group(s("2"), "1"),
          row("1", c("2.3"), "", "", "HT"),
          row("", "", "", "", "PHT"),
          group(s("3"), "2"),
          row("2", c("3.2")),
        ],
      },
    ]);
    expect(placements(planCriterionRows(document, plan, ["2.2", "3.6"]).edits)).toEqual([
      "t0 after 1: criterion:2.2",
      "t0 after 5: criterion:3.6",
    ]);
  });

  it("adds a missing standard's group row in standard order, before a MỨC 4 row, numbered", () => {
    const { document, plan } = buildPlan(MN, [
      {
        columns: POM_LOT_COLUMNS,
        rows: [
          level(),
          group(s("2"), "1"),
          row("1", c("2.3")),
          group(s("4"), "2"),
          row("2", c("4.1")),
          level("MỨC 4: Không có", [4]),
        ],
      },
    ]);
    const result = planCriterionRows(document, plan, ["5.1", "3.1", "1.1"]);
    expect(placements(result.edits)).toEqual([
      "t0 after 1: standard:1",
      "t0 after 1: criterion:1.1",
      "t0 after 3: standard:3",
      "t0 after 3: criterion:3.1",
      "t0 after 5: standard:5",
      "t0 after 5: criterion:5.1",
    ]);
    const rows = insertRowsEdits(result.edits).flatMap((edit) => edit.rows);
    expect(rows.map((spec) => [spec.kind, ...rowTexts(spec)].slice(0, 3))).toEqual([
      ["group", "1", s("1")],
      ["data", "1", c("1.1")],
      ["group", "3", s("3")],
      ["data", "3", c("3.1")],
      ["group", "5", s("5")],
      ["data", "5", c("5.1")],
    ]);
    const group1 = rows[0];
    expect(group1?.cells.map((cell) => cell.span ?? 1)).toEqual([1, 8]);
    expect(group1?.cells[1]?.paragraphs[0]?.[0]?.bold).toBe(true);
    expect(
      setCellTextEdits(result.edits).map((edit) => [
        edit.cell.rowIndex,
        edit.expectedText,
        edit.text,
      ])
    ).toEqual([
      [2, "1", "2"],
      [3, "1", "2"],
      [4, "2", "4"],
      [5, "2", "4"],
    ]);
  });

  it("puts rows placed at the same spot in one edit, in standard order", () => {
    const { document, plan } = buildPlan(MN, [
      {
        columns: POM_LOT_COLUMNS,
        rows: [group(s("3"), "1"), row("1", c("3.2")), group(s("5"), "2"), row("2", c("5.1"))],
      },
    ]);
    const result = planCriterionRows(document, plan, ["4.1", "3.6"]);
    const edits = insertRowsEdits(result.edits);
    expect(edits).toHaveLength(1);
    expect(edits[0]?.afterRowIndex).toBe(2);
    expect(edits[0]?.rows.map((spec) => spec.key)).toEqual([
      "criterion:3.6",
      "standard:4",
      "criterion:4.1",
    ]);
    expect(edits[0]?.formatLikeRowIndex).toBe(2);
  });

  it("fills the blank rows' place of a fresh table, keeping the blank row last", () => {
    const { document, plan } = buildPlan(MN, [
      {
        columns: POM_LOT_COLUMNS,
        rows: [group(s("2"), "1"), empty(), group(s("3"), "2"), empty()],
      },
    ]);
    const result = planCriterionRows(document, plan, ["2.3", "3.1"]);
    expect(placements(result.edits)).toEqual([
      "t0 after 1: criterion:2.3",
      "t0 after 3: criterion:3.1",
    ]);
    const rows = insertRowsEdits(result.edits).map((edit) => edit.rows[0]);
    expect(rows.map((spec) => cellText(spec?.cells[0]))).toEqual(["1", "2"]);
    expect(insertRowsEdits(result.edits).map((edit) => edit.formatLikeRowIndex)).toEqual([2, 2]);
  });

  it("gives every new row the table's cell count", () => {
    const { document, plan } = pomLotShape();
    for (const edit of insertRowsEdits(planCriterionRows(document, plan, ["1.1", "2.1"]).edits)) {
      for (const spec of edit.rows) expect(spanSum(spec)).toBe(POM_LOT_COLUMNS.length);
    }
  });
});

describe("planCriterionRows: skipped codes", () => {
  it("skips unknown codes and codes already present or repeated, in the order given", () => {
    const { document, plan } = pomLotShape();
    const result = planCriterionRows(document, plan, ["9.9", "2.3", "2.1", "2.01", "x", "2.4"]);
    expect(result.added).toEqual(["2.1"]);
    expect(result.skipped).toEqual([
      { code: "9.9", reason: "unknown" },
      { code: "2.3", reason: "already-present" },
      { code: "2.01", reason: "already-present" },
      { code: "x", reason: "unknown" },
      { code: "2.4", reason: "unknown" },
    ]);
    expect(placements(result.edits)).toEqual(["t0 after 2: criterion:2.1"]);
  });

  it("reports a plan without tables", () => {
    const { document, plan } = buildPlan(MN, ["III. NỘI DUNG CẢI TIẾN CHẤT LƯỢNG"]);
    expect(planCriterionRows(document, plan, ["2.1", "7.1"])).toEqual({
      edits: [],
      added: [],
      skipped: [
        { code: "2.1", reason: "no-plan-table" },
        { code: "7.1", reason: "unknown" },
      ],
    });
  });

  it("does nothing for no codes", () => {
    const { document, plan } = pomLotShape();
    expect(planCriterionRows(document, plan, [])).toEqual({ edits: [], added: [], skipped: [] });
  });
});

describe("planCriterionRows: the table's own layout", () => {
  it("writes a bare code in a code-only criterion column, and joins the standard's merged cell", () => {
    const { document, plan } = buildPlan("tt17-th", [
      {
        columns: PRIMARY_COLUMNS,
        rows: [
          row({ text: "1", merge: "restart" }, "1.4", "1", "", "", "HT"),
          row({ text: "", merge: "continue" }, "1.6", "2", "", "", "PHT"),
          row("2", "2.2", "3", "", "", "TTCM"),
        ],
      },
    ]);
    const result = planCriterionRows(document, plan, ["1.5", "1.7", "3.1"]);
    expect(placements(result.edits)).toEqual([
      "t0 after 1: criterion:1.5",
      "t0 after 2: criterion:1.7",
      "t0 after 3: criterion:3.1",
    ]);
    const [within, atEnd, newStandard] = insertRowsEdits(result.edits).map((edit) => edit.rows[0]);
    expect(within?.cells[0]?.verticalMerge).toBe("continue");
    expect(rowTexts(within ?? { kind: "data", cells: [] }).slice(0, 3)).toEqual(["", "1.5", "2"]);
    expect(atEnd?.cells[0]?.verticalMerge).toBe("continue");
    expect(rowTexts(atEnd ?? { kind: "data", cells: [] }).slice(1, 3)).toEqual(["1.7", "4"]);
    expect(newStandard?.cells[0]?.verticalMerge).toBeUndefined();
    expect(rowTexts(newStandard ?? { kind: "data", cells: [] }).slice(0, 3)).toEqual([
      "3",
      "3.1",
      "6",
    ]);
    expect(
      setCellTextEdits(result.edits).map((edit) => [
        edit.cell.rowIndex,
        edit.cell.cellIndex,
        edit.text,
      ])
    ).toEqual([
      [2, 2, "3"],
      [3, 2, "5"],
    ]);
  });

  it("continues a merged cell the new row lands inside", () => {
    const columns: [ColumnRole, string][] = [
      ["number", "TT"],
      ["criterion", "Tiêu chí"],
      ["action", "Giải pháp"],
      ["monitor", "Người giám sát"],
    ];
    const { document, plan } = buildPlan(MN, [
      {
        columns,
        rows: [
          group(s("2"), "1"),
          row("1", c("2.1"), "", { text: "HT", merge: "restart" }),
          row("2", c("2.3"), "", { text: "", merge: "continue" }),
        ],
      },
    ]);
    const [edit] = insertRowsEdits(planCriterionRows(document, plan, ["2.2"]).edits);
    expect(edit?.afterRowIndex).toBe(2);
    expect(edit?.rows[0]?.cells.map((cell) => cell.verticalMerge)).toEqual([
      undefined,
      undefined,
      undefined,
      "continue",
    ]);
  });

  it("puts a one-table-per-standard plan's row in its standard's table, the criterion in the first column", () => {
    const { document, plan } = buildPlan(MN, [
      "III. NỘI DUNG CẢI TIẾN CHẤT LƯỢNG",
      {
        heading: `1. ${s("1")}`,
        columns: LIEM_HAI_COLUMNS,
        rows: [row("a", "b", "9/2025", "BGH", "")],
      },
      {
        heading: `2, ${s("2")}`,
        columns: LIEM_HAI_COLUMNS,
        rows: [row("c", "d", "10/2025", "PHT", "")],
      },
      {
        heading: `3, ${s("3")}`,
        columns: LIEM_HAI_COLUMNS,
        rows: [row("e", "f", "Cả năm", "BGH", ""), row("g", "h", "Cả năm", "GV", "")],
      },
    ]);
    const result = planCriterionRows(document, plan, ["3.1", "2.2"]);
    expect(placements(result.edits)).toEqual([
      "t1 after 1: criterion:2.2",
      "t2 after 2: criterion:3.1",
    ]);
    const [, inThird] = insertRowsEdits(result.edits);
    expect(inThird?.rows[0] && rowTexts(inThird.rows[0])).toEqual([c("3.1"), "", "", "", ""]);
    expect(inThird?.formatLikeRowIndex).toBe(2);
    expect(setCellTextEdits(result.edits)).toEqual([]);
  });

  it("puts a standard without its own table in the plan's last table, under a group row", () => {
    const { document, plan } = buildPlan(MN, [
      {
        heading: `1. ${s("1")}`,
        columns: LIEM_HAI_COLUMNS,
        rows: [row("a", "b", "9/2025", "BGH", "")],
      },
      {
        heading: `3, ${s("3")}`,
        columns: LIEM_HAI_COLUMNS,
        rows: [row("e", "f", "Cả năm", "BGH", "")],
      },
    ]);
    const result = planCriterionRows(document, plan, ["4.2", "3.4", "2.1"]);
    expect(placements(result.edits)).toEqual([
      "t1 after 1: criterion:3.4",
      "t1 after 1: standard:2",
      "t1 after 1: criterion:2.1",
      "t1 after 1: standard:4",
      "t1 after 1: criterion:4.2",
    ]);
    const rows = insertRowsEdits(result.edits).flatMap((edit) => edit.rows);
    expect(rows[1]?.cells).toHaveLength(1);
    expect(rows[1]?.cells[0]?.span).toBe(LIEM_HAI_COLUMNS.length);
    expect(cellText(rows[1]?.cells[0])).toBe(s("2"));
  });

  it("writes the criterion in a TT57 table's content column", () => {
    const columns: [ColumnRole, string][] = [
      ["number", "TT"],
      ["weakness", "Nội dung cần cải tiến"],
      ["target", "Mục tiêu"],
      ["action", "Giải pháp"],
      ["deadline", "Thời gian"],
      ["owner", "Phụ trách"],
    ];
    const { document, plan } = buildPlan("tt57-mn", [
      {
        columns,
        rows: [
          group(standardLabel("tt57-mn", "1"), "1"),
          row("1", criterionLabel("tt57-mn", "1.1")),
        ],
      },
    ]);
    const [edit] = insertRowsEdits(planCriterionRows(document, plan, ["1.4"]).edits);
    expect(edit?.rows[0] && rowTexts(edit.rows[0]).slice(0, 2)).toEqual([
      "2",
      criterionLabel("tt57-mn", "1.4"),
    ]);
  });
});

describe("planCriterionRows: TT numbering", () => {
  it("restarts under each standard when the table does", () => {
    const { document, plan } = buildPlan(MN, [
      {
        columns: POM_LOT_COLUMNS,
        rows: [
          group(s("1"), "1"),
          row("1", c("1.1")),
          row("2", c("1.3")),
          group(s("2"), "2"),
          row("1", c("2.1")),
          row("2", c("2.3")),
        ],
      },
    ]);
    const result = planCriterionRows(document, plan, ["1.2", "2.2"]);
    expect(insertRowsEdits(result.edits).map((edit) => cellText(edit.rows[0]?.cells[0]))).toEqual([
      "2",
      "2",
    ]);
    expect(
      setCellTextEdits(result.edits).map((edit) => [
        edit.cell.rowIndex,
        edit.expectedText,
        edit.text,
      ])
    ).toEqual([
      [3, "2", "3"],
      [6, "2", "3"],
    ]);
  });

  it("keeps the way numbers are written: Roman group numbers, a trailing dot", () => {
    const { document, plan } = buildPlan(MN, [
      {
        columns: POM_LOT_COLUMNS,
        rows: [group(s("1"), "I"), row("1.", c("1.1")), group(s("3"), "II"), row(" 2. ", c("3.1"))],
      },
    ]);
    const result = planCriterionRows(document, plan, ["2.1"]);
    expect(insertRowsEdits(result.edits)[0]?.rows.map((spec) => cellText(spec.cells[0]))).toEqual([
      "II",
      "2.",
    ]);
    expect(
      setCellTextEdits(result.edits).map((edit) => [
        edit.cell.rowIndex,
        edit.expectedText,
        edit.text,
      ])
    ).toEqual([
      [3, "II", "III"],
      [4, " 2. ", " 3. "],
    ]);
  });

  it("leaves TT empty where the table does not number its criterion rows", () => {
    const { document, plan } = buildPlan(MN, [
      {
        columns: POM_LOT_COLUMNS,
        rows: [group(s("2"), "1"), row("", c("2.3")), group(s("3"), "2"), row("", c("3.2"))],
      },
    ]);
    const result = planCriterionRows(document, plan, ["2.1", "2.2"]);
    expect(insertRowsEdits(result.edits)[0]?.rows.map((spec) => cellText(spec.cells[0]))).toEqual([
      "",
      "",
    ]);
    expect(setCellTextEdits(result.edits)).toEqual([]);
  });

  it("numbers nothing in a table without a TT column", () => {
    const { document, plan } = buildPlan(MN, [
      {
        heading: `2, ${s("2")}`,
        columns: LIEM_HAI_COLUMNS,
        rows: [row("a", "b", "10/2025", "PHT", "")],
      },
    ]);
    const result = planCriterionRows(document, plan, ["2.1"]);
    expect(setCellTextEdits(result.edits)).toEqual([]);
    expect(placements(result.edits)).toEqual(["t0 after 1: criterion:2.1"]);
  });
});
