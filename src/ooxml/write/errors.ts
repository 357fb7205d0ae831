/**
 * Why edits could not be written. Nothing is written when one is thrown: a batch applies whole
 * or not at all.
 */
export type OoxmlWriteErrorCode =
  /** An index (block, table, row, cell) that the document does not have. */
  | "not-found"
  /** The cell or paragraph no longer holds the text the edit was planned from. */
  | "stale"
  /** Two edits of one batch change the same markup (e.g. rows added to a table being replaced). */
  | "conflict"
  /** The spec cannot be rendered (no columns, a row wider than the table, a size of 0 pt…). */
  | "invalid-spec"
  /** The document uses something this writer deliberately does not edit (e.g. Strict OOXML). */
  | "not-supported";

export class OoxmlWriteError extends Error {
  readonly code: OoxmlWriteErrorCode;
  /** Index of the edit in the batch, when one edit is to blame. */
  readonly editIndex: number | undefined;

  constructor(code: OoxmlWriteErrorCode, message: string, editIndex?: number) {
    super(editIndex === undefined ? message : `edit ${editIndex}: ${message}`);
    this.name = "OoxmlWriteError";
    this.code = code;
    this.editIndex = editIndex;
  }

  /** The same error, blamed on one edit of a batch. */
  forEdit(editIndex: number): OoxmlWriteError {
    return this.editIndex === undefined
      ? new OoxmlWriteError(this.code, this.message, editIndex)
      : this;
  }
}

/** Runs `plan`, blaming any write error it throws on edit `editIndex` of the batch. */
export function blameEdit<T>(editIndex: number, plan: () => T): T {
  try {
    return plan();
  } catch (error) {
    throw error instanceof OoxmlWriteError ? error.forEdit(editIndex) : error;
  }
}
