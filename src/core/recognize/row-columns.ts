/**
 * Which of a row's cells sit under which column: by grid overlap (spans, gridBefore and missing
 * cells are handled by the grid), except when one cell is missing in the middle of the row and the
 * content shows that the cells after it moved one column left.
 */
import type { PlanColumn } from "../model/plan";
import { plausibility } from "./cell-plausibility";
import type { PlacedCell, RowView } from "./table-view";

function overlap(cell: PlacedCell, column: PlanColumn): number {
  const start = Math.max(cell.gridColumn, column.gridColumn);
  const end = Math.min(cell.gridColumn + cell.gridSpan, column.gridColumn + column.gridSpan);
  return Math.max(0, end - start);
}

function byGrid(view: RowView, columns: readonly PlanColumn[]): PlacedCell[][] {
  const assigned: PlacedCell[][] = [];
  for (let index = 0; index < columns.length; index++) assigned.push([]);
  for (const cell of view.cells) {
    let best = -1;
    let bestOverlap = 0;
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index];
      const amount = column ? overlap(cell, column) : 0;
      if (amount > bestOverlap) {
        best = index;
        bestOverlap = amount;
      }
    }
    if (best >= 0) assigned[best]?.push(cell);
  }
  return assigned;
}

/** One cell short, every cell and column one grid column wide, both starting at grid column 0. */
function mayBeShifted(view: RowView, columns: readonly PlanColumn[]): boolean {
  const { cells } = view;
  if (cells.length !== columns.length - 1 || cells.length < 2) return false;
  // A row that declares its missing grid column (w:gridAfter) is short at the end, not shifted.
  if (view.row.gridAfter > 0) return false;
  if (!columns.every((column, index) => column.gridSpan === 1 && column.gridColumn === index))
    return false;
  if (!cells.every((cell, index) => cell.gridSpan === 1 && cell.gridColumn === index)) return false;
  return cells.filter((cell) => cell.hasText).length >= 2;
}

function shiftedAssignment(
  cells: readonly PlacedCell[],
  columnCount: number,
  gap: number
): PlacedCell[][] {
  const assigned: PlacedCell[][] = Array.from({ length: columnCount }, () => []);
  cells.forEach((cell, index) => assigned[index < gap ? index : index + 1]?.push(cell));
  return assigned;
}

function fit(cells: readonly PlacedCell[], columns: readonly PlanColumn[], gap: number): number {
  let total = 0;
  cells.forEach((cell, index) => {
    const column = columns[index < gap ? index : index + 1];
    if (column) total += plausibility(cell.text, column.role);
  });
  return total;
}

/** The row's cells under each column (same order as `columns`). */
export function cellsByColumn(view: RowView, columns: readonly PlanColumn[]): PlacedCell[][] {
  if (!mayBeShifted(view, columns)) return byGrid(view, columns);
  // The usual reading: the last cell is missing (Word drops trailing empty cells). Another gap
  // must fit the content strictly better.
  const usual = columns.length - 1;
  let bestGap = usual;
  let bestFit = fit(view.cells, columns, usual);
  for (let gap = 0; gap < usual; gap++) {
    const candidate = fit(view.cells, columns, gap);
    if (candidate > bestFit) {
      bestGap = gap;
      bestFit = candidate;
    }
  }
  return bestGap === usual
    ? byGrid(view, columns)
    : shiftedAssignment(view.cells, columns.length, bestGap);
}
