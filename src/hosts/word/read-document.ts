/**
 * Reading the document for the core: the body's Office Open XML (`body.getOoxml()`, WordApi 1.1)
 * parsed by the project's reader, which states merged cells exactly — Word's table API does not.
 * One sync; a second only when the cursor is in a table, to say which cell (see `cursor.ts`).
 */
import type { DocumentModel } from "../../core/model/document";
import { readFlatOpc, type PackageReading } from "../../ooxml";
import { queueCursorProbe } from "./cursor";
import { topLevelTables } from "./model-tables";
import type { TableListing } from "./table-listing";

export interface BodyReading {
  /** The model, with the cursor's cell when the cursor is in a top-level table. */
  readonly model: DocumentModel;
  /** What was read: the package Word gave, and the reader's source map of it. */
  readonly flatOpc: string;
  readonly reading: PackageReading;
}

export async function readBody(
  context: Word.RequestContext,
  listing: TableListing
): Promise<BodyReading> {
  let ooxml = context.document.body.getOoxml();
  const cursorCell = context.document.getSelection().parentTableCellOrNullObject;
  cursorCell.load("isNullObject");
  let cursorKnown = true;
  try {
    await context.sync();
  } catch {
    // Where the cursor is must never cost the reading: read the body alone (one more sync).
    ooxml = context.document.body.getOoxml();
    await context.sync();
    cursorKnown = false;
  }
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync(), not load()
  const flatOpc = ooxml.value;
  const reading = readFlatOpc(flatOpc);
  const model: DocumentModel = { ...reading.model };
  if (cursorKnown && !cursorCell.isNullObject) {
    const cursor = await readCursorIn(context, model, listing);
    if (cursor) model.cursor = cursor;
  }
  return { model, flatOpc, reading };
}

/**
 * The cell holding the cursor (one sync; one more, once, in a document with nested tables, see
 * `TableListing`), or undefined when it is in none the model knows.
 */
export async function readCursorIn(
  context: Word.RequestContext,
  model: DocumentModel,
  listing: TableListing
): Promise<DocumentModel["cursor"]> {
  try {
    const everyTable = topLevelTables(model).map((table) => table.tableIndex);
    if (!listing.isSettledFor(model, everyTable)) await listing.learn(context, model, everyTable);
  } catch {
    return undefined;
  }
  const probe = queueCursorProbe(context, model, listing);
  if (!probe) return undefined;
  try {
    await context.sync();
  } catch {
    // Not in a table (the probe navigates with parentTableCell), or the tables changed.
    return undefined;
  }
  return probe.read();
}
