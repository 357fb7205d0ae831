/**
 * Reading the document for the core: the body's Office Open XML (`body.getOoxml()`, WordApi 1.1)
 * parsed by the project's reader, which states merged cells exactly — Word's table API does not.
 * One sync, the cursor's cell included (`cursor-cell.ts`); a second only when the model leaves a
 * doubt about which table holds the cursor (`cursor.ts`).
 */
import type { DocumentModel } from "../../core/model/document";
import { readFlatOpc, type PackageReading } from "../../ooxml";
import { queueCursorProbe } from "./cursor";
import {
  cursorCellOf,
  hasLookAlikeTables,
  queueCursorLoads,
  type CursorLoads,
} from "./cursor-cell";
import { topLevelTables } from "./model-tables";
import type { TableListing } from "./table-listing";

export interface BodyReading {
  /** The model, with the cursor's cell when the cursor is in a top-level table. */
  readonly model: DocumentModel;
  /** What was read: the package Word gave, and the reader's source map of it. */
  readonly flatOpc: string;
  readonly reading: PackageReading;
}

/**
 * `previous`, the model of an earlier reading, says whether telling the cursor's table apart may
 * need its text (tables of the same row count); without one, the text is loaded.
 */
export async function readBody(
  context: Word.RequestContext,
  listing: TableListing,
  previous?: DocumentModel
): Promise<BodyReading> {
  let ooxml = context.document.body.getOoxml();
  let cursor: CursorLoads | undefined = queueCursorLoads(
    context,
    !previous || hasLookAlikeTables(previous)
  );
  try {
    await context.sync();
  } catch {
    // Where the cursor is must never cost the reading: read the body alone (one more sync).
    ooxml = context.document.body.getOoxml();
    await context.sync();
    cursor = undefined;
  }
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync(), not load()
  const flatOpc = ooxml.value;
  const reading = readFlatOpc(flatOpc);
  const model: DocumentModel = { ...reading.model };
  const found = cursor ? cursorCellOf(model, cursor) : { kind: "none" as const };
  if (found.kind === "found") model.cursor = found.cell;
  if (found.kind === "ambiguous") {
    const probed = await readCursorIn(context, model, listing);
    if (probed) model.cursor = probed;
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
    await listing.learn(context, model, everyTable);
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
