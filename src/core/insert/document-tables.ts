/** Looking up tables, rows and cells of the document model by the indices plans carry. */
import type {
  CellLocation,
  DocumentModel,
  TableBlock,
  TableCell,
  TableRow,
} from "../model/document";

export function documentTable(document: DocumentModel, tableIndex: number): TableBlock | undefined {
  for (const block of document.blocks) {
    if (block.kind === "table" && block.tableIndex === tableIndex) return block;
  }
  return undefined;
}

export function cellAtLocation(
  document: DocumentModel,
  location: CellLocation
): TableCell | undefined {
  const row = documentTable(document, location.tableIndex)?.rows[location.rowIndex];
  return row?.cells.find((cell) => cell.physicalIndex === location.cellIndex);
}

/** The row's cell that covers a grid column, if any (a short row may cover fewer columns). */
export function cellCoveringGridColumn(row: TableRow, gridColumn: number): TableCell | undefined {
  return row.cells.find(
    (cell) => cell.gridColumn <= gridColumn && gridColumn < cell.gridColumn + cell.gridSpan
  );
}
