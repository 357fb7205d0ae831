/**
 * How a batch of edits becomes Word API calls: each operation queues what it must read before
 * writing (`prepare`, all in one preflight sync for the whole batch), decides from what it read
 * whether the write may go ahead (`check`: the document still matches the model), then queues
 * its writes (`write`, all in one more sync). Nothing is written unless every check passed.
 */
import type { DocumentModel } from "../../../core/model/document";
import type { Failure } from "../failures";
import type { TableChain } from "../table-chain";
import type { DocumentFrame } from "./render-fragment";

export interface Preflight {
  readonly context: Word.RequestContext;
  readonly model: DocumentModel;
  readonly tables: TableChain;
  readonly frame: DocumentFrame;
}

export interface EditOperation {
  /**
   * Where the operation writes, in document order (compared element by element). Writes are
   * queued from the end of the document backwards, so none moves what a later one targets —
   * though Word keeps objects bound to what the preflight found, whatever is inserted before it.
   */
  readonly order: readonly number[];
  /** Whether `prepare` queues reads that need the preflight sync. */
  readonly readsFirst: boolean;
  prepare(preflight: Preflight): void;
  /** After the preflight sync: why the write must not go ahead, or undefined. */
  check(): Failure | undefined;
  write(context: Word.RequestContext): void;
}

/** Later in the document first. */
export function fromTheEnd(a: EditOperation, b: EditOperation): number {
  const length = Math.max(a.order.length, b.order.length);
  for (let i = 0; i < length; i++) {
    const difference = (b.order[i] ?? -Infinity) - (a.order[i] ?? -Infinity);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return 0;
}
