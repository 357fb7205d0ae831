import { tableGridWidth, type TableBlock } from "../../../src/core/model/document";

function cell(gridColumn: number, gridSpan = 1) {
  return {
    text: "",
    paragraphs: [],
    gridColumn,
    gridSpan,
    verticalMerge: "none" as const,
    physicalIndex: 0,
    nestedTables: [],
  };
}

describe("tableGridWidth", () => {
  it("uses the declared grid when rows fit in it", () => {
    const table: TableBlock = {
      kind: "table",
      blockIndex: 0,
      tableIndex: 0,
      gridColumnWidths: [100, 100, 100],
      rows: [
        {
          rowIndex: 0,
          cells: [cell(0), cell(1, 2)],
          repeatsAsHeader: false,
          gridBefore: 0,
          gridAfter: 0,
        },
      ],
    };
    expect(tableGridWidth(table)).toBe(3);
  });

  it("widens to the widest row when the grid is missing or short", () => {
    const table: TableBlock = {
      kind: "table",
      blockIndex: 0,
      tableIndex: 0,
      gridColumnWidths: [],
      rows: [
        {
          rowIndex: 0,
          cells: [cell(1), cell(2, 3)],
          repeatsAsHeader: false,
          gridBefore: 1,
          gridAfter: 1,
        },
      ],
    };
    expect(tableGridWidth(table)).toBe(6);
  });
});
