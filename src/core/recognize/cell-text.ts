/** Small questions about cell and paragraph texts, asked many times per document: kept cheap. */
import { foldForSearch } from "../text";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit somewhere: "-", "…", "___" and spaces alone are no content. */
export function hasContent(text: string | undefined): boolean {
  return text !== undefined && LETTER_OR_DIGIT.test(text);
}

/**
 * The search fold (lower case, no accents, unified dashes and spaces) of the start of a text: enough
 * for prefix tests ("Tiêu chuẩn 2: …", "MỨC 1, 2, 3") without folding a long cell whole.
 */
export function foldedStart(text: string, length = 96): string {
  return foldForSearch(text.length > length ? text.slice(0, length) : text).text.trim();
}

// A TT cell: "1", "01", "1.", "(1)", "II", "a)".
const NUMBER_LIKE = /^\(?\s*(?:\d{1,3}|[ivxl]{1,6}|[a-z])\s*[.):]?\s*$/;

/** A TT cell's text ("1", "2.", "II", "a)") on the fold. */
export function isNumberLike(folded: string): boolean {
  return NUMBER_LIKE.test(folded);
}
