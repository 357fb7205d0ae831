/**
 * A Word table laid out for an HTML table: horizontal spans become colSpan, a vertical merge
 * (`w:vMerge` restart, then continue) becomes one cell with a rowSpan, and grid columns no cell
 * covers (`w:gridBefore`/`w:gridAfter`, short rows) become empty gaps, so every row has the table's
 * width and the columns line up as they do in Word.
 */
import { tableGridWidth, type TableBlock, type TableCell } from "../../core/model/document";

/** A cell as drawn: a Word cell (the first of its vertical merge) with its spans. */
export interface DrawnCell {
  kind: "cell";
  /** `rowIndex:physicalIndex` of the Word cell drawn. */
  key: string;
  rowIndex: number;
  cell: TableCell;
  colSpan: number;
  rowSpan: number;
}

/** Grid columns that hold no cell in this row. */
export interface GridGap {
  kind: "gap";
  colSpan: number;
}

export interface DrawnRow {
  rowIndex: number;
  items: (DrawnCell | GridGap)[];
}

export interface TableGrid {
  tableIndex: number;
  columnCount: number;
  rows: DrawnRow[];
  /** The drawn cell showing a Word cell: itself, or the first cell of its vertical merge. */
  drawnCellAt(rowIndex: number, physicalIndex: number): DrawnCell | undefined;
}

export function cellKey(rowIndex: number, physicalIndex: number): string {
  return `${rowIndex}:${physicalIndex}`;
}

export function tableGrid(table: TableBlock): TableGrid {
  const columnCount = tableGridWidth(table);
  const byWordCell = new Map<string, DrawnCell>();
  // Vertical merges still open, by the grid column they start at.
  let openMerges = new Map<number, DrawnCell>();
  const rows: DrawnRow[] = table.rows.map((row) => {
    const items: DrawnRow["items"] = [];
    const stillOpen = new Map<number, DrawnCell>();
    let column = 0;
    const gapUntil = (end: number) => {
      if (end > column) items.push({ kind: "gap", colSpan: end - column });
    };
    for (const cell of row.cells) {
      const key = cellKey(row.rowIndex, cell.physicalIndex);
      const origin =
        cell.verticalMerge === "continue" ? openMerges.get(cell.gridColumn) : undefined;
      if (origin) {
        // The column is taken by the merged cell above: no gap, no cell of its own.
        origin.rowSpan++;
        byWordCell.set(key, origin);
        stillOpen.set(cell.gridColumn, origin);
        column = Math.max(column, cell.gridColumn + cell.gridSpan);
        continue;
      }
      gapUntil(cell.gridColumn);
      const drawn: DrawnCell = {
        kind: "cell",
        key,
        rowIndex: row.rowIndex,
        cell,
        colSpan: Math.max(1, cell.gridSpan),
        rowSpan: 1,
      };
      items.push(drawn);
      byWordCell.set(key, drawn);
      // A "continue" with nothing above it starts a merge, as Word reads it.
      if (cell.verticalMerge !== "none") stillOpen.set(cell.gridColumn, drawn);
      column = Math.max(column, cell.gridColumn + drawn.colSpan);
    }
    gapUntil(columnCount);
    openMerges = stillOpen;
    return { rowIndex: row.rowIndex, items };
  });
  return {
    tableIndex: table.tableIndex,
    columnCount,
    rows,
    drawnCellAt: (rowIndex, physicalIndex) => byWordCell.get(cellKey(rowIndex, physicalIndex)),
  };
}
