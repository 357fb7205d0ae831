/**
 * What one body row holds, column by column: its own cells (what was typed in this row) and the
 * resolved cells (a vertically merged cell resolves to the cell it continues).
 */
import type { PlanCell, PlanColumn } from "../model/plan";
import { joinedPlanCell, planCellOf } from "./plan-cell";
import { cellsByColumn } from "./row-columns";
import type { PlacedCell, RowView } from "./table-view";

export interface RowReading {
  view: RowView;
  /** Per column: the cell typed in this row, if it has content (merged-down cells excluded). */
  own: (PlanCell | undefined)[];
  /** Per column: the cell as a reader sees it (merged-down cells resolve to their first part). */
  resolved: (PlanCell | undefined)[];
  /** This row's cells with content, merged-down cells excluded. */
  written: PlacedCell[];
}

function isMergedDown(placed: PlacedCell): boolean {
  return placed.cell.verticalMerge === "continue";
}

export function readRow(
  tableIndex: number,
  view: RowView,
  columns: readonly PlanColumn[]
): RowReading {
  const assigned = cellsByColumn(view, columns);
  const own: (PlanCell | undefined)[] = [];
  const resolved: (PlanCell | undefined)[] = [];
  for (const cells of assigned) {
    const first = cells[0];
    if (!first) {
      own.push(undefined);
      resolved.push(undefined);
    } else if (cells.length === 1) {
      // The usual case, kept allocation-light: analyze runs on every pause in typing.
      const cell = planCellOf(tableIndex, isMergedDown(first) ? first.origin : first);
      own.push(!isMergedDown(first) && first.hasText ? cell : undefined);
      resolved.push(cell);
    } else {
      const typed = cells.filter((placed) => !isMergedDown(placed));
      const typedCell = joinedPlanCell(tableIndex, typed);
      own.push(typed.some((placed) => placed.hasText) ? typedCell : undefined);
      resolved.push(typedCell ?? planCellOf(tableIndex, first.origin));
    }
  }
  const written: PlacedCell[] = [];
  for (const placed of view.cells)
    if (placed.hasText && !isMergedDown(placed)) written.push(placed);
  return { view, own, resolved, written };
}
