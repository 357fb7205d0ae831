/**
 * Putting the cursor in a cell, in two syncs (three, once, with nested tables: `TableListing`): the table found through the table chain and the
 * cell with `getCellOrNullObject` (both candidates when nested tables make the table's place in
 * `body.tables` uncertain), checked; then the cell's body selected. A cell that continues a
 * vertical merge has no object of its own: the first cell of the merge is selected instead.
 * The cursor goes to the start of the cell rather than selecting its text, so that a keystroke
 * after clicking a finding does not replace the cell's content; `select` scrolls it into view.
 * (`TableCell.select` exists only in WordApiDesktop 1.4; `Body.select` is WordApi 1.1.)
 */
import type { CellLocation, DocumentModel } from "../../core/model/document";
import { mergeOrigin, topLevelTable } from "./model-tables";
import { chosen, TableChain } from "./table-chain";
import type { TableListing } from "./table-listing";

const NO_MODEL: DocumentModel = { blocks: [] };

export async function selectCellIn(
  context: Word.RequestContext,
  model: DocumentModel | undefined,
  location: CellLocation,
  listing: TableListing
): Promise<boolean> {
  const table = model && topLevelTable(model, location.tableIndex);
  const { rowIndex, cellIndex } = table ? mergeOrigin(table, location) : location;
  const known = model ?? NO_MODEL;
  try {
    if (!listing.isSettledFor(known, [location.tableIndex])) {
      await listing.learn(context, known, [location.tableIndex]);
    }
  } catch {
    return false;
  }
  const chain = new TableChain(context.document.body, known, listing);
  const cells = new Map<number, Word.TableCell>();
  for (const candidate of chain.candidates(location.tableIndex)) {
    const cell = candidate.table.getCellOrNullObject(rowIndex, cellIndex);
    // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is no navigation property; it is all that is needed
    cell.load("isNullObject");
    cells.set(candidate.position, cell);
  }
  try {
    await context.sync();
  } catch {
    return false; // fewer tables than the model had: the document changed
  }
  const cell = chosen(chain, location.tableIndex, cells);
  if (!cell || cell.isNullObject) return false;
  cell.body.select("Start");
  await context.sync();
  return true;
}
