/**
 * Which table cell holds the cursor, in the model's terms. Word's API has no index for a table
 * or a cell, so: the selection's cell gives its row (`parentRow.rowIndex`) and its text; each
 * top-level table's range is compared with the selection to find the table; the cell is the one
 * of that row with the same text (the first when several match, the row's first when none does:
 * the task pane needs the row). `cellIndex` is not loaded: it fails the whole batch on vertically
 * merged cells (office-js issue 3200).
 */
import type { CellLocation, DocumentModel } from "../../core/model/document";
import { sameText } from "./cell-text";
import { topLevelTables } from "./model-tables";
import { TableChain } from "./table-chain";
import type { TableListing } from "./table-listing";

const CONTAINS: ReadonlySet<string> = new Set([
  "Contains",
  "ContainsStart",
  "ContainsEnd",
  "Equal",
]);

export interface CursorProbe {
  /** After the sync: the cell holding the cursor, or undefined (nested table, no match). */
  read(): CellLocation | undefined;
}

/**
 * Queues the probe in the current batch. It navigates with `parentTableCell`, which fails the
 * batch when the cursor is not in a table: run it in a sync of its own and read a failure as
 * "not in a table". Undefined when the model has no table (nothing to probe).
 */
export function queueCursorProbe(
  context: Word.RequestContext,
  model: DocumentModel,
  listing: TableListing
): CursorProbe | undefined {
  const tables = topLevelTables(model);
  if (tables.length === 0) return undefined;
  const cell = context.document.getSelection().parentTableCell;
  const selection = context.document.getSelection();
  cell.load("value");
  const row = cell.parentRow;
  row.load("rowIndex");
  const innermost = cell.parentTable;
  innermost.load("nestingLevel");
  const chain = new TableChain(context.document.body, model, listing);
  const relations = new Map<number, OfficeExtension.ClientResult<Word.LocationRelation>>();
  tables.forEach((_, tableIndex) => {
    for (const { position, table } of chain.candidates(tableIndex)) {
      if (!relations.has(position)) {
        relations.set(position, table.getRange("Whole").compareLocationWith(selection));
      }
    }
  });
  return {
    read() {
      if (innermost.nestingLevel !== 1) return undefined;
      const tableIndex = tables.findIndex((_, index) => {
        const position = chain.position(index);
        const relation = position === undefined ? undefined : relations.get(position);
        return relation !== undefined && CONTAINS.has(relation.value);
      });
      const modelRow = tables[tableIndex]?.rows[row.rowIndex];
      if (!modelRow) return undefined;
      const match = modelRow.cells.find((candidate) => sameText(cell.value, candidate.text));
      return {
        tableIndex,
        rowIndex: row.rowIndex,
        cellIndex: match?.physicalIndex ?? 0,
      };
    },
  };
}
