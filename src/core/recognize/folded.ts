/** The search fold of a text's start, with the way back to the source for cutting titles out. */
import { foldForSearch, type FoldedText } from "../text";

/**
 * Long enough for any label a cell or heading starts with ("1. Tiêu chuẩn 2: …", "Tiêu chí số
 * 02.03: …"), short enough to keep folding every criterion cell cheap.
 */
const PREFIX_LENGTH = 64;

export interface FoldedPrefix extends FoldedText {
  /** The whole text. */
  readonly full: string;
  /** Where in `full` the folded prefix starts (after leading spaces). */
  readonly offset: number;
}

/**
 * The fold of the text's first `length` characters after its leading spaces: labels are read at
 * the start, and folding a whole long cell for them would be waste.
 */
export function foldPrefix(text: string, length = PREFIX_LENGTH): FoldedPrefix {
  const offset = text.length - text.trimStart().length;
  const folded = foldForSearch(text.slice(offset, offset + length));
  return { text: folded.text, origins: folded.origins, full: text, offset };
}

/** The source text from the fold position `foldedIndex` to the end of the whole text. */
export function restAfter(folded: FoldedPrefix, foldedIndex: number): string {
  const start = folded.origins[foldedIndex] ?? folded.origins[folded.origins.length - 1] ?? 0;
  return folded.full.slice(folded.offset + start);
}
