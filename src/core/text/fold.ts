/**
 * A search fold: the text lower-cased, without diacritics, with dashes, slashes and spaces unified,
 * plus a map back to the source so that matches found in the fold can be cut from the original.
 * Regexes over the fold stay ASCII-simple and still tolerate case, NFC/NFD and missing accents.
 */
import { DASH_CHARS, INVISIBLE_CHARS, SLASH_CHARS } from "./characters";

export interface FoldedText {
  /** Lower case, no diacritics ("đ" → "d"), dashes → "-", slashes → "/", line breaks → "\n", other spaces → " ". */
  readonly text: string;
  /**
   * `origins[i]` is the index in the source string where the character behind `text[i]` starts;
   * `origins[text.length]` is the source's length, so `source.slice(origins[a], origins[b])`
   * is the source behind `text.slice(a, b)`.
   */
  readonly origins: readonly number[];
}

const LINE_BREAKS = "\u000a\u000b\u000c\u000d\u0085\u2028\u2029";
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const WHITESPACE = /\s/;

function foldUncached(char: string): string {
  if (INVISIBLE_CHARS.includes(char)) return "";
  if (DASH_CHARS.includes(char)) return "-";
  if (SLASH_CHARS.includes(char)) return "/";
  if (LINE_BREAKS.includes(char)) return "\n";
  if (WHITESPACE.test(char)) return " ";
  if (MARK.test(char)) return "";
  // Đ/đ and the Icelandic eth that legacy Vietnamese encodings sometimes produce instead of it.
  if (char === "\u0110" || char === "\u0111" || char === "\u00d0" || char === "\u00f0") return "d";
  return char.toLowerCase().normalize("NFD").replace(MARKS, "");
}

// Caching only the Latin and common punctuation blocks keeps memory bounded on arbitrary input.
const CACHEABLE_BELOW = 0x3000;
const cache = new Map<number, string>();

function foldCodePoint(code: number, char: string): string {
  if (code >= CACHEABLE_BELOW) return foldUncached(char);
  let folded = cache.get(code);
  if (folded === undefined) {
    folded = foldUncached(char);
    cache.set(code, folded);
  }
  return folded;
}

function foldAscii(code: number): string {
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  if (code === 0x09) return " ";
  if (code >= 0x0a && code <= 0x0d) return "\n";
  return String.fromCharCode(code);
}

export function foldForSearch(source: string): FoldedText {
  let text = "";
  const origins: number[] = [];
  let i = 0;
  while (i < source.length) {
    const code = source.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const folded = code < 0x80 ? foldAscii(code) : foldCodePoint(code, source.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) origins.push(i);
    text += folded;
    i += width;
  }
  origins.push(source.length);
  return { text, origins };
}

/** The source text behind `folded.text.slice(start, end)`. */
export function sourceSlice(
  source: string,
  folded: FoldedText,
  start: number,
  end: number
): string {
  const from = folded.origins[start] ?? source.length;
  const to = folded.origins[end] ?? source.length;
  return source.slice(from, to);
}
