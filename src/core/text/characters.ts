/**
 * Character classes shared by the text keys and the search fold.
 * Written as escapes so the source stays readable and lint does not flag irregular whitespace.
 */

/** Hyphen-minus, hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus, small and fullwidth forms. */
export const DASH_CHARS = "\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d";

/** Straight and curly double quotes, low-9 quotes, guillemets, double prime, fullwidth. */
export const DOUBLE_QUOTE_CHARS = "\u0022\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02";

/** Straight and curly single quotes, low-9, reversed, prime, grave and acute accents typed as quotes. */
export const SINGLE_QUOTE_CHARS = "\u0027\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\uff07";

/** Zero-width space/joiners, word joiner, byte-order mark and soft hyphen: invisible, carry nothing. */
export const INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad";

/** Slash look-alikes that appear in pasted dates. */
export const SLASH_CHARS = "\u002f\u2044\u2215\uff0f";

/**
 * The five Vietnamese tone marks as combining characters (after NFD):
 * huyền (grave), sắc (acute), ngã (tilde), hỏi (hook above), nặng (dot below).
 * Vowel-shape marks (circumflex, breve, horn) are not tones and stay on their letter.
 */
export function isToneMark(code: number): boolean {
  return code === 0x300 || code === 0x301 || code === 0x303 || code === 0x309 || code === 0x323;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** True for a UTF-16 unit that belongs to a word (letter or combining mark); fast for Latin script. */
export function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  // Surrogate halves of astral letters cannot be classified alone; counting them as letters keeps
  // astral words whole.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_OR_MARK.test(String.fromCharCode(code));
}
