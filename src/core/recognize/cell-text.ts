/** Small questions about cell and paragraph texts, asked many times per document: kept cheap. */
import { foldForSearch, normalizeText } from "../text";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit somewhere: "-", "…", "___" and spaces alone are no content. */
export function hasContent(text: string | undefined): boolean {
  return text !== undefined && LETTER_OR_DIGIT.test(text);
}

const SPACE_RUN = /\s+/g;

/**
 * The search fold (lower case, no accents, unified dashes, spaces collapsed) of the start of a text:
 * enough for word tests ("thời gian", "hiệu trưởng") without folding a long cell whole.
 */
export function foldedStart(text: string, length = 96): string {
  const start = text.trimStart();
  const prefix = start.length > length ? start.slice(0, length) : start;
  return foldForSearch(prefix).text.replace(SPACE_RUN, " ").trim();
}

/**
 * Length as a reader sees it (NFC, spaces collapsed): thresholds on it do not move when a text is
 * retyped with other spacing or pasted in decomposed form.
 */
export function visibleLength(text: string): number {
  return normalizeText(text).length;
}

// A TT cell: "1", "01", "1.", "(1)", "II", "a)" — ASCII, so no fold is needed (asked of every cell).
const NUMBER_LIKE = /^\(?\s*(?:\d{1,3}|[ivxl]{1,6}|[a-z])\s*[.):]?\s*$/i;
const MAX_NUMBER_LENGTH = 16;

/** A TT cell's text: "1", "2.", "II", "a)". */
export function isNumberLike(text: string): boolean {
  return text.length <= MAX_NUMBER_LENGTH && NUMBER_LIKE.test(text.trim());
}
