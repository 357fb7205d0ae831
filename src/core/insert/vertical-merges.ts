/** Vertical merges a new row must join so that it does not cut a merged cell in two. */
import type { TableView } from "./table-view";

/**
 * Grid columns where the row after `afterRowIndex` continues a merge from above: a row inserted
 * between them sits inside the merge, so its cell there continues it too.
 */
export function continuedGridColumns(view: TableView, afterRowIndex: number): Set<number> {
  const next = view.block.rows[afterRowIndex + 1];
  const columns = new Set<number>();
  for (const cell of next?.cells ?? []) {
    if (cell.verticalMerge === "continue") columns.add(cell.gridColumn);
  }
  return columns;
}

/** Grid columns where the row at `rowIndex` is part of a vertical merge (start or continuation). */
export function mergedGridColumns(view: TableView, rowIndex: number): Set<number> {
  const row = view.block.rows[rowIndex];
  const columns = new Set<number>();
  for (const cell of row?.cells ?? []) {
    if (cell.verticalMerge !== "none") columns.add(cell.gridColumn);
  }
  return columns;
}
