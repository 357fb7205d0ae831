/**
 * Keys for header words: a header matches a synonym when the synonym's key occurs in the header's
 * key. Spaces and punctuation go (so "Tiêu chu ẩn" = "Tiêu chuẩn", "Công việc / giải pháp" =
 * "Công việc/giải pháp"); case, Unicode form and tone placement never count.
 */
import { comparisonKey, compactLooseKey } from "../text";

const NOT_A_WORD_CHARACTER = /[^\p{L}\p{M}\p{N}]/gu;

/**
 * With diacritics: "Thời gian" ≠ "Thời gián". Tone marks are placed word by word before the spaces
 * go (`compactKey` would pile a whole header's tones at its end, and one header could no longer
 * contain another); a word broken after its tone's vowel ("chu ẩn") still joins up right.
 */
export function headerKey(text: string): string {
  return comparisonKey(text).replace(NOT_A_WORD_CHARACTER, "");
}

/** Without diacritics, for headers typed without accents ("Thoi gian thuc hien") or broken oddly. */
export function headerLooseKey(text: string): string {
  return compactLooseKey(text).replace(NOT_A_WORD_CHARACTER, "");
}
