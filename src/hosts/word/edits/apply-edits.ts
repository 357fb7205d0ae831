/**
 * Applying a batch: at most two syncs. One preflight for the whole batch (find every target,
 * read what must be checked: cell texts, row counts, tables' Office Open XML), then one with
 * every write, queued from the end of the document backwards. A batch of insertions at the end
 * needs no preflight. Any failure becomes an `EditOutcome`.
 */
import type { DocumentEdit } from "../../../core/edits/edit";
import type { DocumentModel } from "../../../core/model/document";
import type { EditOutcome } from "../../host";
import { failedOutcome, outcomeOf } from "../failures";
import { TableChain } from "../table-chain";
import type { TableListing } from "../table-listing";
import { tablesReferenced } from "./tables-referenced";
import { fromTheEnd, type Preflight } from "./operation";
import { planOperations } from "./plan-operations";
import { documentFrame, type DocumentFrame } from "./render-fragment";
import type { BodyReading } from "../read-document";

/**
 * The edits, planned from `reading`, applied in Word. This module and everything it needs (the
 * project's OOXML writer) is loaded by the host on the first edit, not with the task pane.
 */
export function applyEditsToReading(
  context: Word.RequestContext,
  reading: BodyReading,
  edits: readonly DocumentEdit[],
  listing: TableListing
): Promise<EditOutcome> {
  const frame = documentFrame(reading.flatOpc, reading.reading);
  return applyEditsIn(context, reading.model, frame, edits, listing);
}

export async function applyEditsIn(
  context: Word.RequestContext,
  model: DocumentModel,
  frame: DocumentFrame,
  edits: readonly DocumentEdit[],
  listing: TableListing
): Promise<EditOutcome> {
  try {
    const operations = planOperations(model, edits);
    const referenced = tablesReferenced(model, edits);
    await listing.learn(context, model, referenced);
    const preflight: Preflight = {
      context,
      model,
      frame,
      tables: new TableChain(context.document.body, model, listing),
    };
    operations.forEach((operation) => operation.prepare(preflight));
    if (operations.some((operation) => operation.readsFirst)) await context.sync();
    for (const operation of operations) {
      const failure = operation.check();
      if (failure) return failedOutcome(failure);
    }
    [...operations].sort(fromTheEnd).forEach((operation) => operation.write(context));
    await context.sync();
  } catch (error) {
    return outcomeOf(error);
  }
  return { ok: true, applied: edits.length };
}
