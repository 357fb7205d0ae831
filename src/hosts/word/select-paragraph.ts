/**
 * Putting the cursor at the start of a body paragraph (a finding about the plan's number, date or
 * a standard's heading), in one sync like a cell (`select-cell.ts`): the paragraph is reached by
 * the chain from the table before it and selected in the same batch; its text, loaded alongside,
 * confirms afterwards that it is the paragraph the model had. A document changed since the last
 * reading answers false so the session reads again; the cursor moved loses nothing.
 */
import type { DocumentModel } from "../../core/model/document";
import { sameText } from "./cell-text";
import { ParagraphAt } from "./edits/paragraph-at";
import { TableChain } from "./table-chain";
import type { TableListing } from "./table-listing";

export async function selectParagraphIn(
  context: Word.RequestContext,
  model: DocumentModel | undefined,
  blockIndex: number,
  listing: TableListing
): Promise<boolean> {
  const block = model?.blocks[blockIndex];
  if (!model || block?.kind !== "paragraph") return false;
  const tablesBefore = model.blocks
    .slice(0, blockIndex)
    .flatMap((candidate) => (candidate.kind === "table" ? [candidate.tableIndex] : []));
  try {
    await listing.learn(context, model, tablesBefore);
  } catch {
    return false;
  }
  const tables = new TableChain(context.document.body, model, listing);
  const located = new ParagraphAt({ context, model, tables }, blockIndex);
  const candidate = located.onlyCandidate();
  if (!candidate) return false;
  candidate.select("Start");
  try {
    await context.sync();
  } catch {
    return false; // fewer paragraphs or tables than the model had
  }
  const paragraph = located.found();
  return paragraph !== undefined && sameText(paragraph.text, block.text);
}
