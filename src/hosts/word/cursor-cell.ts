/**
 * Which table cell holds the cursor, from loads queued in the same batch as the body's Office
 * Open XML, so reading the document while staff type in a plan table stays one round trip. Word's
 * API has no index for a table, so the table is recognised in the model read in that same batch:
 * the selection's cell gives its row (`TableCell.rowIndex`) and its text, its table gives its
 * nesting level and row count — and, when the model has several tables alike, its text
 * (`Table.values`). All are WordApi 1.3 scalars loaded on `*OrNullObject` results, which a
 * cursor outside any table leaves null without failing the batch. `cellIndex` is not loaded: it
 * fails the whole batch on vertically merged cells (office-js issue 3200).
 *
 * When the model leaves a doubt (several tables fit, or none), the answer is "ambiguous" and the
 * caller finds the table by comparing ranges, in a second sync (`cursor.ts`).
 */
import type { CellLocation, DocumentModel, TableBlock } from "../../core/model/document";
import { comparableText, sameText } from "./cell-text";
import { topLevelTables } from "./model-tables";

export type CursorCell =
  { kind: "none" } | { kind: "found"; cell: CellLocation } | { kind: "ambiguous" };

export interface CursorLoads {
  readonly cell: Word.TableCell;
  readonly table: Word.Table;
  readonly withValues: boolean;
}

/**
 * Queues the loads. `withValues` also loads the text of the cursor's table, which is needed only
 * when the document has top-level tables of the same row count (see `hasLookAlikeTables`).
 */
export function queueCursorLoads(context: Word.RequestContext, withValues: boolean): CursorLoads {
  // Navigation properties straight off getSelection(): the lint rules take a variable's
  // navigation for a read of an unloaded property.
  const cell = context.document.getSelection().parentTableCellOrNullObject;
  cell.load(["value", "rowIndex"]);
  const table = context.document.getSelection().parentTableOrNullObject;
  table.load(withValues ? ["nestingLevel", "rowCount", "values"] : ["nestingLevel", "rowCount"]);
  return { cell, table, withValues };
}

/** Whether a model has top-level tables that the row count alone cannot tell apart. */
export function hasLookAlikeTables(model: DocumentModel): boolean {
  const counts = topLevelTables(model).map((table) => table.rows.length);
  return new Set(counts).size < counts.length;
}

/** After the sync: the cursor's cell in `model`'s terms. */
export function cursorCellOf(model: DocumentModel, loads: CursorLoads): CursorCell {
  const { cell, table } = loads;
  if (cell.isNullObject || table.isNullObject) return { kind: "none" };
  // In a nested table: not a cell of a top-level table, which is all the task pane points at.
  if (table.nestingLevel !== 1) return { kind: "none" };
  const rowIndex = cell.rowIndex;
  const shaped = topLevelTables(model).filter(
    (candidate) => candidate.rows.length === table.rowCount && candidate.rows[rowIndex]
  );
  const withText = shaped.filter((candidate) => cellIndexByText(candidate, rowIndex, cell.value));
  let chosen: TableBlock[] = shaped.length === 1 ? shaped : withText;
  if (chosen.length !== 1 && loads.withValues) {
    const pool = chosen.length > 1 ? chosen : shaped;
    chosen = pool.filter((candidate) => valuesFit(table.values, candidate));
  }
  const [found] = chosen;
  if (chosen.length !== 1 || !found) return { kind: "ambiguous" };
  return {
    kind: "found",
    cell: {
      tableIndex: found.tableIndex,
      rowIndex,
      // The first cell of the row with the same text, the row's first when none has it: the
      // task pane needs the row; Word gives no cell index it can trust (see above).
      cellIndex: cellIndexByText(found, rowIndex, cell.value) ?? 0,
    },
  };
}

function cellIndexByText(table: TableBlock, rowIndex: number, text: string): number | undefined {
  return table.rows[rowIndex]?.cells.find((candidate) => sameText(text, candidate.text))
    ?.physicalIndex;
}

/**
 * Whether Word's `Table.values` can be the model's table. How `values` reports merged cells is not
 * documented, so only what must hold either way is required: the same number of rows, and every
 * non-empty text Word reports in a row is a cell text of that row in the model.
 */
function valuesFit(values: string[][], table: TableBlock): boolean {
  if (values.length !== table.rows.length) return false;
  return values.every((row, rowIndex) => {
    const texts = new Set(table.rows[rowIndex]?.cells.map((c) => comparableText(c.text)));
    return row.every((text) => comparableText(text) === "" || texts.has(comparableText(text)));
  });
}
