/**
 * Keys for header words: a header matches a synonym when the synonym's key occurs in the header's
 * key. Spaces and punctuation go (so "Tiêu chu ẩn" = "Tiêu chuẩn", "Công việc / giải pháp" =
 * "Công việc/giải pháp"); case, Unicode form and tone placement never count.
 */
import { compactKey, compactLooseKey } from "../text";

const NOT_A_WORD_CHARACTER = /[^\p{L}\p{M}\p{N}]/gu;

/** With diacritics: "Thời gian" ≠ "Thời gián". */
export function headerKey(text: string): string {
  return compactKey(text).replace(NOT_A_WORD_CHARACTER, "");
}

/** Without diacritics, for headers typed without accents ("Thoi gian thuc hien"). */
export function headerLooseKey(text: string): string {
  return compactLooseKey(text).replace(NOT_A_WORD_CHARACTER, "");
}
