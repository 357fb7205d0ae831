/** The TT cell of an existing row, with its exact text in the document and its number. */
import { cellAtLocation, cellCoveringGridColumn } from "./document-tables";
import { parseNumberText, type NumberText } from "./numbering";
import type { TableView } from "./table-view";
import type { LayoutCell } from "./table-layout";
import type { CellLocation, DocumentModel } from "../model/document";
import type { PlanRow } from "../model/plan";

export interface NumberCell {
  location: CellLocation;
  /** The cell's text exactly as the document has it (a `setCellText` precondition). */
  text: string;
  number?: NumberText;
}

/** The cell a row's own content lives in, which is never its TT cell. */
function contentCellIndex(row: PlanRow): number | undefined {
  if (row.kind === "standardGroup") return row.cell.location.cellIndex;
  if (row.kind === "action") return row.criterionCell?.location.cellIndex;
  return undefined;
}

export function numberCellOf(
  document: DocumentModel,
  view: TableView,
  row: PlanRow,
  numberColumn: LayoutCell
): NumberCell | undefined {
  const recognised = row.kind === "action" ? row.cells.number?.location : undefined;
  let location = recognised;
  if (!location) {
    const documentRow = view.block.rows[row.rowIndex];
    const cell = documentRow && cellCoveringGridColumn(documentRow, numberColumn.gridColumn);
    if (!cell || cell.physicalIndex === contentCellIndex(row)) return undefined;
    location = {
      tableIndex: view.table.tableIndex,
      rowIndex: row.rowIndex,
      cellIndex: cell.physicalIndex,
    };
  }
  const cell = cellAtLocation(document, location);
  if (!cell) return undefined;
  const number = parseNumberText(cell.text);
  return { location, text: cell.text, ...(number ? { number } : {}) };
}
