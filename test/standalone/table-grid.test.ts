import { tableGrid, type DrawnCell } from "../../src/standalone/table/table-grid";
import { mergedTable, row, table } from "./support/model";

const cellsOf = (items: ReturnType<typeof tableGrid>["rows"][number]["items"]) =>
  items.map((item) =>
    item.kind === "cell"
      ? `${item.cell.text}:${item.colSpan}x${item.rowSpan}`
      : `gap:${item.colSpan}`
  );

describe("tableGrid", () => {
  it("turns grid spans into colSpan and a vertical merge into one cell with a rowSpan", () => {
    const grid = tableGrid(mergedTable());
    expect(grid.columnCount).toBe(4);
    expect(grid.rows.map((drawn) => cellsOf(drawn.items))).toEqual([
      ["TT:1x1", "Nội dung:2x1", "Người thực hiện:1x1"],
      ["1:1x1", "Dòng một\ndòng hai:1x1", "x:1x1", "Hiệu trưởng:1x2"],
      ["2:1x1", ":1x1", "y:1x1"],
      ["gap:1", "Nhóm:3x1"],
    ]);
  });

  it("finds the drawn cell of a continued merge: the merge's first cell", () => {
    const grid = tableGrid(mergedTable());
    const origin = grid.drawnCellAt(1, 3) as DrawnCell;
    expect(grid.drawnCellAt(2, 3)).toBe(origin);
    expect(origin.cell.text).toBe("Hiệu trưởng");
    expect(grid.drawnCellAt(2, 9)).toBeUndefined();
  });

  it("fills short rows to the table's width and draws a continue with nothing above as a cell", () => {
    const grid = tableGrid(
      table([
        row(0, [
          { text: "a", gridColumn: 0 },
          { text: "b", gridColumn: 1 },
          { text: "c", gridColumn: 2 },
        ]),
        row(1, [{ text: "lẻ", gridColumn: 1, verticalMerge: "continue" }], { gridAfter: 1 }),
      ])
    );
    expect(grid.rows.map((drawn) => cellsOf(drawn.items))).toEqual([
      ["a:1x1", "b:1x1", "c:1x1"],
      ["gap:1", "lẻ:1x1", "gap:1"],
    ]);
  });

  it("ends a merge at a row that does not continue it", () => {
    const grid = tableGrid(
      table([
        row(0, [{ text: "đầu", gridColumn: 0, verticalMerge: "restart" }]),
        row(1, [{ text: "", gridColumn: 0, verticalMerge: "continue" }]),
        row(2, [{ text: "mới", gridColumn: 0 }]),
        row(3, [{ text: "", gridColumn: 0, verticalMerge: "continue" }]),
      ])
    );
    expect(grid.rows.map((drawn) => cellsOf(drawn.items))).toEqual([
      ["đầu:1x2"],
      [],
      ["mới:1x1"],
      [":1x1"],
    ]);
  });
});
