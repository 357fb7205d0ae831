/** The search fold of a text's start, with the way back to the source for cutting titles out. */
import { foldForSearch, type FoldedText } from "../text";

/** Long enough for any label a cell or heading starts with ("1. Tiêu chuẩn 2: …", "Tiêu chí 2.3: …"). */
const PREFIX_LENGTH = 160;

export interface FoldedPrefix extends FoldedText {
  /** The source the fold was made of (a prefix of the text). */
  readonly source: string;
  /** The whole text. */
  readonly full: string;
}

export function foldPrefix(text: string, length = PREFIX_LENGTH): FoldedPrefix {
  const source = text.length > length ? text.slice(0, length) : text;
  return { ...foldForSearch(source), source, full: text };
}

/** The source text from the fold position `foldedIndex` to the end of the whole text. */
export function restAfter(folded: FoldedPrefix, foldedIndex: number): string {
  const start = folded.origins[foldedIndex] ?? folded.source.length;
  return folded.full.slice(start);
}
