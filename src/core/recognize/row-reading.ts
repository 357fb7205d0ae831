/**
 * What one body row holds, column by column: its own cells (what was typed in this row) and the
 * resolved cells (a vertically merged cell resolves to the cell it continues).
 */
import type { PlanCell, PlanColumn } from "../model/plan";
import { hasContent } from "./cell-text";
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

function originOf(view: RowView, placed: PlacedCell): PlacedCell {
  const index = view.cells.indexOf(placed);
  return (index >= 0 ? view.origins[index] : undefined) ?? placed;
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
    const typed = cells.filter((placed) => placed.cell.verticalMerge !== "continue");
    const ownCell = joinedPlanCell(tableIndex, typed);
    own.push(ownCell && hasContent(ownCell.text) ? ownCell : undefined);
    const first = cells[0];
    if (!first) resolved.push(undefined);
    else if (typed.length > 0) resolved.push(ownCell);
    else resolved.push(planCellOf(tableIndex, originOf(view, first)));
  }
  const written = view.cells.filter(
    (placed) => placed.cell.verticalMerge !== "continue" && hasContent(placed.cell.text)
  );
  return { view, own, resolved, written };
}
