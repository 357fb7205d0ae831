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
import type { DocumentFrame } from "./render-fragment";

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
    if (!listing.isSettledFor(model, referenced)) await listing.learn(context, model, referenced);
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
