import { OoxmlWriteError } from "./errors";

/** Replace `source[start, end)` with `markup`; an insertion when start === end. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly markup: string;
  /** Index of the edit (first edit, for a combined insertion) that asked for it. */
  readonly editIndex: number;
}

/**
 * Applies splices planned against one string. Every offset refers to that original string (the
 * result is assembled from its slices, never edited in place, so no splice shifts another), and
 * the text between splices is copied unchanged. Insertions at one offset keep the
 * order of their edits and come before a replacement starting there. Splices that overlap (or
 * an insertion strictly inside a replaced range) are a conflict: nothing is applied.
 */
export function applySplices(source: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort(
    (a, b) => a.start - b.start || a.end - a.start - (b.end - b.start) || a.editIndex - b.editIndex
  );
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]!;
    const current = ordered[i]!;
    if (current.start < previous.end) {
      throw new OoxmlWriteError(
        "conflict",
        `edits ${previous.editIndex} and ${current.editIndex} change the same part of the document`,
        current.editIndex
      );
    }
  }
  const pieces: string[] = [];
  let copiedUpTo = 0;
  for (const splice of ordered) {
    pieces.push(source.slice(copiedUpTo, splice.start), splice.markup);
    copiedUpTo = splice.end;
  }
  pieces.push(source.slice(copiedUpTo));
  return pieces.join("");
}
