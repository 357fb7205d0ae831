/**
 * The cells a new row of an existing table needs: one per recognised column, at the column's grid
 * position and span, with empty cells filling grid columns no column claims, so the row covers
 * the table's whole grid as its neighbours do.
 */
import { criterionTargetIndex } from "./criterion-column";
import type { TableView } from "./table-view";
import { tableGridWidth } from "../model/document";
import type { ColumnRole } from "../model/plan";

export interface LayoutCell {
  gridColumn: number;
  gridSpan: number;
  /** Undefined for a filler cell that belongs to no column. */
  role?: ColumnRole;
}

export interface TableLayout {
  cells: LayoutCell[];
  /** Index in `cells` of the cell that receives the criterion; -1 when none can. */
  criterionIndex: number;
  /** The number (TT) column's cell, when the table has one. */
  numberCell?: LayoutCell;
}

export function tableLayout(view: TableView): TableLayout {
  const width = Math.max(tableGridWidth(view.block), 1);
  const columns = [...view.table.columns].sort((a, b) => a.gridColumn - b.gridColumn);
  const cells: LayoutCell[] = [];
  let next = 0;
  for (const column of columns) {
    // A column overlapping the previous one (a header misread) is left to the filler logic.
    if (column.gridColumn < next || column.gridColumn >= width) continue;
    if (column.gridColumn > next) {
      cells.push({ gridColumn: next, gridSpan: column.gridColumn - next });
    }
    const gridSpan = Math.max(1, Math.min(column.gridSpan, width - column.gridColumn));
    cells.push({ gridColumn: column.gridColumn, gridSpan, role: column.role });
    next = column.gridColumn + gridSpan;
  }
  if (next < width) cells.push({ gridColumn: next, gridSpan: width - next });
  const numberCell = cells.find((cell) => cell.role === "number");
  return {
    cells,
    criterionIndex: criterionTargetIndex(cells.map((cell) => cell.role)),
    ...(numberCell ? { numberCell } : {}),
  };
}
