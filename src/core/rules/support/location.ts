/** Finding locations for rows, cells and tables. */
import type { FindingLocation } from "../../model/finding";
import type { ColumnRole, PlanCell, PlanRow } from "../../model/plan";

export function rowLocation(row: PlanRow): FindingLocation {
  return { tableIndex: row.tableIndex, rowIndex: row.rowIndex };
}

/** A row's cell; without the cell (a row too short to have it) the row and column only. */
export function cellLocation(
  row: PlanRow,
  column: ColumnRole | undefined,
  cell: PlanCell | undefined
): FindingLocation {
  return {
    tableIndex: row.tableIndex,
    rowIndex: row.rowIndex,
    ...(column ? { column } : {}),
    ...(cell ? { cell: { ...cell.location } } : {}),
  };
}
