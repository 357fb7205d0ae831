/**
 * Finding a plan cell's `w:tc` in the document model, so fixes carry the cell's exact current text
 * (hosts refuse a fix whose `expectedText` no longer matches) and rules can see merges and spans.
 */
import {
  isTable,
  type CellLocation,
  type DocumentModel,
  type TableBlock,
  type TableCell,
  type TableRow,
} from "../../model/document";

// Documents are immutable once analysed; one index per document keeps lookups constant-time.
const tableIndexes = new WeakMap<DocumentModel, Map<number, TableBlock>>();

export function documentTable(document: DocumentModel, tableIndex: number): TableBlock | undefined {
  let tables = tableIndexes.get(document);
  if (!tables) {
    tables = new Map();
    for (const block of document.blocks) {
      if (isTable(block) && block.tableIndex >= 0) tables.set(block.tableIndex, block);
    }
    tableIndexes.set(document, tables);
  }
  return tables.get(tableIndex);
}

export function documentRow(
  document: DocumentModel,
  tableIndex: number,
  rowIndex: number
): TableRow | undefined {
  const table = documentTable(document, tableIndex);
  if (!table) return undefined;
  const direct = table.rows[rowIndex];
  return direct?.rowIndex === rowIndex
    ? direct
    : table.rows.find((row) => row.rowIndex === rowIndex);
}

export function documentCell(
  document: DocumentModel,
  location: CellLocation
): TableCell | undefined {
  const row = documentRow(document, location.tableIndex, location.rowIndex);
  if (!row) return undefined;
  const direct = row.cells[location.cellIndex];
  return direct?.physicalIndex === location.cellIndex
    ? direct
    : row.cells.find((cell) => cell.physicalIndex === location.cellIndex);
}
