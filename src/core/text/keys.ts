/**
 * Comparison keys: strings that are equal when two texts should count as "the same words".
 * Keys are for comparing and searching only; never show them to users.
 */
import { DASH_CHARS, DOUBLE_QUOTE_CHARS, INVISIBLE_CHARS, SINGLE_QUOTE_CHARS } from "./characters";
import { moveToneMarksToWordEnd } from "./tone";

const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, "g");
const DASHES = new RegExp(`[${DASH_CHARS}]`, "g");
const DOUBLE_QUOTES = new RegExp(`[${DOUBLE_QUOTE_CHARS}]`, "g");
const SINGLE_QUOTES = new RegExp(`[${SINGLE_QUOTE_CHARS}]`, "g");
const WHITESPACE_RUN = /\s+/g;
// One optional space on each side of a punctuation mark or symbol ("a , b", "a - b" → "a,b", "a-b").
const SPACE_AROUND_PUNCTUATION = / ?([^\p{L}\p{M}\p{N}\s]) ?/gu;
const COMBINING_MARKS = /\p{M}/gu;
const D_WITH_STROKE = /\u0111/g;
const SPACE = / /g;

/** Punctuation that may end a title or a cell without changing what it says. */
function isTrailingPunctuation(char: string): boolean {
  return (
    char === " " ||
    char === "." ||
    char === ";" ||
    char === ":" ||
    char === "," ||
    char === "\u2026"
  );
}

function stripTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailingPunctuation(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** NFD, lower case, unified dashes/quotes/spaces, no spaces around punctuation, no trailing punctuation. */
function prepare(text: string): string {
  const unified = text
    .normalize("NFD")
    .toLowerCase()
    .replace(INVISIBLE, "")
    .replace(DASHES, "-")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(WHITESPACE_RUN, " ")
    .replace(SPACE_AROUND_PUNCTUATION, "$1");
  return stripTrailingPunctuation(unified).trim();
}

function dropDiacritics(nfd: string): string {
  return nfd.replace(COMBINING_MARKS, "").replace(D_WITH_STROKE, "d");
}

/**
 * The tolerant key: ignores case, NFC/NFD, tone-mark placement ("uỷ" = "ủy"), dash and quote
 * variants, spacing (also around punctuation) and trailing ". ; : ,". Keeps diacritics, so
 * "Đối với giáo viên" ≠ "Đối với giao viên".
 */
export function comparisonKey(text: string): string {
  return moveToneMarksToWordEnd(prepare(text)).normalize("NFC");
}

/** `comparisonKey` without any diacritics ("đ" → "d"): for recognising words typed without accents. */
export function looseKey(text: string): string {
  return dropDiacritics(prepare(text));
}

/**
 * `comparisonKey` without spaces, for header words broken by stray spaces ("Tiêu chu ẩn").
 * Spaces go before tones are moved so a tone lands in the same place however the word was broken.
 */
export function compactKey(text: string): string {
  return moveToneMarksToWordEnd(prepare(text).replace(SPACE, "")).normalize("NFC");
}

/** `looseKey` without spaces: the most forgiving key, for short header words. */
export function compactLooseKey(text: string): string {
  return dropDiacritics(prepare(text)).replace(SPACE, "");
}
