/**
 * A table as recognition reads it: each row's cells in grid order, sanitised spans, and where each
 * vertically merged ("continue") cell really starts. Computed once per table, top to bottom.
 */
import type { TableBlock, TableCell, TableRow } from "../model/document";

/** A cell and the row it sits in (position in `table.rows`, and the row's `rowIndex`). */
export interface PlacedCell {
  cell: TableCell;
  /** Position of the row in `table.rows`. */
  rowPosition: number;
  rowIndex: number;
  gridColumn: number;
  gridSpan: number;
}

export interface RowView {
  row: TableRow;
  rowPosition: number;
  /** The row's cells, in grid order, with safe spans. */
  cells: PlacedCell[];
  /** For each cell (same order): the cell a vertical merge makes it part of, itself when not merged. */
  origins: PlacedCell[];
}

/** Garbage spans (0, negative, NaN, huge) must not break grid arithmetic. */
const MAX_GRID = 1000;

function safeInteger(value: number, fallback: number, min: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(MAX_GRID, Math.max(min, Math.floor(value)));
}

/** The cell of `cells` that covers grid column `column`, if any. */
export function cellCovering(cells: readonly PlacedCell[], column: number): PlacedCell | undefined {
  for (const placed of cells) {
    if (placed.gridColumn <= column && column < placed.gridColumn + placed.gridSpan) return placed;
  }
  return undefined;
}

export function readRowViews(table: TableBlock): RowView[] {
  const views: RowView[] = [];
  const rows = Array.isArray(table.rows) ? table.rows : [];
  let above: RowView | undefined;
  rows.forEach((row, rowPosition) => {
    const rowCells = Array.isArray(row.cells) ? row.cells : [];
    const cells = rowCells
      .map((cell): PlacedCell => ({
        cell,
        rowPosition,
        rowIndex: row.rowIndex,
        gridColumn: safeInteger(cell.gridColumn, 0, 0),
        gridSpan: safeInteger(cell.gridSpan, 1, 1),
      }))
      .sort((a, b) => a.gridColumn - b.gridColumn);
    const origins = cells.map((placed) => {
      if (placed.cell.verticalMerge !== "continue" || !above) return placed;
      const index = above.cells.findIndex(
        (candidate) =>
          candidate.gridColumn <= placed.gridColumn &&
          placed.gridColumn < candidate.gridColumn + candidate.gridSpan
      );
      return index < 0 ? placed : (above.origins[index] ?? placed);
    });
    const view: RowView = { row, rowPosition, cells, origins };
    views.push(view);
    above = view;
  });
  return views;
}

/** The grid width the rows actually use. */
export function usedGridWidth(views: readonly RowView[]): number {
  let width = 0;
  for (const view of views) {
    const last = view.cells[view.cells.length - 1];
    if (last) width = Math.max(width, last.gridColumn + last.gridSpan);
  }
  return width;
}
