/**
 * A table as recognition reads it: each row's cells in grid order, sanitised spans, whether each
 * cell has text, and where each vertically merged ("continue") cell really starts. Computed once
 * per table, top to bottom.
 */
import type { TableBlock, TableCell, TableRow } from "../model/document";
import { hasContent } from "./cell-text";

/** A cell and the row it sits in (position in `table.rows`, and the row's `rowIndex`). */
export interface PlacedCell {
  cell: TableCell;
  /** The cell's text ("" when the model holds something else). */
  text: string;
  /** The text has a letter or digit. */
  hasText: boolean;
  /** Position of the row in `table.rows`. */
  rowPosition: number;
  rowIndex: number;
  gridColumn: number;
  gridSpan: number;
  /** The cell a vertical merge makes this one part of; itself when it is not merged from above. */
  origin: PlacedCell;
}

export interface RowView {
  row: TableRow;
  rowPosition: number;
  /** The row's cells, in grid order, with safe spans. */
  cells: PlacedCell[];
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

function placeCells(row: TableRow, rowPosition: number): PlacedCell[] {
  const rowCells = Array.isArray(row.cells) ? row.cells : [];
  const cells: PlacedCell[] = [];
  let sorted = true;
  for (const cell of rowCells) {
    const text = typeof cell.text === "string" ? cell.text : "";
    const placed = {
      cell,
      text,
      hasText: hasContent(text),
      rowPosition,
      rowIndex: row.rowIndex,
      gridColumn: safeInteger(cell.gridColumn, 0, 0),
      gridSpan: safeInteger(cell.gridSpan, 1, 1),
    } as PlacedCell;
    placed.origin = placed;
    const previous = cells[cells.length - 1];
    if (previous && previous.gridColumn > placed.gridColumn) sorted = false;
    cells.push(placed);
  }
  if (!sorted) cells.sort((a, b) => a.gridColumn - b.gridColumn);
  return cells;
}

export function readRowViews(table: TableBlock): RowView[] {
  const views: RowView[] = [];
  const rows = Array.isArray(table.rows) ? table.rows : [];
  let above: PlacedCell[] | undefined;
  for (let rowPosition = 0; rowPosition < rows.length; rowPosition++) {
    const row = rows[rowPosition];
    if (!row) continue;
    const cells = placeCells(row, rowPosition);
    if (above) {
      for (const placed of cells) {
        if (placed.cell.verticalMerge !== "continue") continue;
        const merged = cellCovering(above, placed.gridColumn);
        if (merged) placed.origin = merged.origin;
      }
    }
    views.push({ row, rowPosition, cells });
    above = cells;
  }
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
