import type { RowKind } from "../../core/edits/spec";
import type { TableBlock, TableRow } from "../../core/model/document";
import { tableGridWidth } from "../../core/model/document";

/**
 * The kind an existing row looks like: a header when it repeats on each page; a group row when
 * one cell covers more than half the table ("MỨC 1, 2, 3", "1 · Tiêu chuẩn 2: …"); else data.
 */
export function rowKindOf(row: TableRow, gridWidth: number): RowKind {
  if (row.repeatsAsHeader) return "header";
  const widest = Math.max(0, ...row.cells.map((cell) => cell.gridSpan));
  return widest > gridWidth / 2 ? "group" : "data";
}

/** The nearest row of that kind (`rowIndex` first, then below before above), else `rowIndex`. */
export function nearestRowOfKind(table: TableBlock, rowIndex: number, kind: RowKind): number {
  const gridWidth = tableGridWidth(table);
  for (let distance = 0; distance < table.rows.length; distance++) {
    for (const candidate of [rowIndex + distance, rowIndex - distance]) {
      const row = table.rows[candidate];
      if (row && rowKindOf(row, gridWidth) === kind) return candidate;
    }
  }
  return rowIndex;
}
