/**
 * How many terminal columns a text takes. Vietnamese may arrive decomposed (a vowel followed by
 * combining tone marks): those marks take no column of their own. East Asian wide characters take
 * two. Good enough for aligning a table; not a full Unicode width implementation.
 */
const ZERO_WIDTH = /[\p{M}\p{Cc}\p{Cf}]/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if (ZERO_WIDTH.test(character)) continue;
    width += WIDE.test(character) ? 2 : 1;
  }
  return width;
}

/** Pads with spaces on the right to `width` columns (longer text is left as it is). */
export function padEnd(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? text + " ".repeat(missing) : text;
}

/** Cuts to at most `width` columns, ending with "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let kept = "";
  let used = 0;
  for (const character of text) {
    const size = displayWidth(character);
    if (used + size > width - 1) break;
    kept += character;
    used += size;
  }
  return `${kept}…`;
}
