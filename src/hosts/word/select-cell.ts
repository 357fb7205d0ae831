/**
 * Putting the cursor in a cell in one sync (two, once, when nested tables make the table's place
 * in `body.tables` uncertain: `TableListing`). The table is reached through the table chain, the
 * cell with `getCell`, and its body selected, all in the same batch: `getCell` fails the batch
 * with `ItemNotFound` before anything is selected when the row or cell is not there, and so does
 * the chain when the document has fewer tables than the model. After the sync the chain confirms
 * that the table selected is the top-level one the model names; only a document changed since the
 * last reading can fail that (a table nested or removed before it), and then the answer is false
 * so that the session reads again — a cursor put in the wrong cell loses nothing.
 * A cell that continues a vertical merge has no object of its own: the first cell of the merge is
 * selected instead. The cursor goes to the start of the cell rather than selecting its text, so
 * that a keystroke after clicking a finding does not replace the cell's content; `select` scrolls
 * it into view. (`TableCell.select` exists only in WordApiDesktop 1.4; `Body.select` is 1.1.)
 */
import type { CellLocation, DocumentModel } from "../../core/model/document";
import { mergeOrigin, topLevelTable } from "./model-tables";
import { TableChain } from "./table-chain";
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
    await listing.learn(context, known, [location.tableIndex]);
  } catch {
    return false;
  }
  const chain = new TableChain(context.document.body, known, listing);
  const [candidate, ...others] = chain.candidates(location.tableIndex);
  // A settled listing names one place; two would mean selecting before knowing which is right.
  if (!candidate || others.length > 0) return false;
  candidate.table.getCell(rowIndex, cellIndex).body.select("Start");
  try {
    await context.sync();
  } catch {
    return false; // no such table or cell any more: the document changed
  }
  return chain.position(location.tableIndex) === candidate.position;
}
