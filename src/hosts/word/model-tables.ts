/** What the host reads off the core's model to find things in Word. */
import type { DocumentModel, TableBlock } from "../../core/model/document";

export function topLevelTable(model: DocumentModel, tableIndex: number): TableBlock | undefined {
  for (const block of model.blocks) {
    if (block.kind === "table" && block.tableIndex === tableIndex) return block;
  }
  return undefined;
}

export function topLevelTables(model: DocumentModel): TableBlock[] {
  return model.blocks.filter((block): block is TableBlock => block.kind === "table");
}

/** Tables nested in a table's cells, at any depth. */
export function nestedTableCount(table: TableBlock): number {
  let count = 0;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      for (const nested of cell.nestedTables) count += 1 + nestedTableCount(nested);
    }
  }
  return count;
}

export interface CellAddress {
  rowIndex: number;
  cellIndex: number;
}

/**
 * The cell a vertically merged cell shows in: a cell continuing a merge (`w:vMerge` continue)
 * has no content of its own, and Word's API gives no object for it, so the host goes to the
 * first cell of the merge, in the same grid column above.
 */
export function mergeOrigin(table: TableBlock, address: CellAddress): CellAddress {
  const cell = table.rows[address.rowIndex]?.cells[address.cellIndex];
  if (!cell || cell.verticalMerge !== "continue") return address;
  for (let rowIndex = address.rowIndex - 1; rowIndex >= 0; rowIndex--) {
    const above = table.rows[rowIndex]?.cells.find((c) => c.gridColumn === cell.gridColumn);
    if (!above) break;
    if (above.verticalMerge !== "continue") return { rowIndex, cellIndex: above.physicalIndex };
  }
  return address;
}
