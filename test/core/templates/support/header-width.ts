/**
 * A conservative estimate of how wide a header's longest word prints in Times New Roman Bold, to
 * check that no column is narrower than a word of its header (Word would break the word).
 */

// Advance widths of Times New Roman Bold, in thousandths of an em (base letters; marks add none).
const LOWER: Readonly<Record<string, number>> = {
  a: 500,
  b: 556,
  c: 444,
  d: 556,
  e: 444,
  f: 333,
  g: 500,
  h: 556,
  i: 278,
  j: 333,
  k: 556,
  l: 278,
  m: 833,
  n: 556,
  o: 500,
  p: 556,
  q: 556,
  r: 444,
  s: 389,
  t: 333,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
};
const UPPER_DEFAULT = 722;
const UPPER: Readonly<Record<string, number>> = { I: 389, J: 500, M: 944, T: 667, W: 1000 };
const PUNCTUATION: Readonly<Record<string, number>> = { ",": 250, ".": 250, ":": 333, "/": 278 };

/** Word's default left and right cell margins: 0.19 cm each. */
export const CELL_PADDING_MM = 3.8;
const MM_PER_POINT = 25.4 / 72;

function advance(char: string): number {
  const base = char.normalize("NFD").replace(/\p{M}/gu, "").replace("đ", "d").replace("Đ", "D");
  if (LOWER[base] !== undefined) return LOWER[base];
  if (/\p{Lu}/u.test(base)) return UPPER[base] ?? UPPER_DEFAULT;
  return PUNCTUATION[base] ?? 500;
}

/** Width in millimetres of the header's widest unbreakable word, plus the cell's margins. */
export function minimumColumnWidthMm(header: string, sizePt: number): number {
  // Word breaks lines at spaces only; "việc/giải" stays whole.
  const widest = Math.max(
    ...header.split(/\s+/).map((word) => [...word].reduce((sum, char) => sum + advance(char), 0))
  );
  return (widest / 1000) * sizePt * MM_PER_POINT + CELL_PADDING_MM;
}

/** Text widths of A4 with Nghị định 30's margins (30 mm left, 20 mm right), as the writer uses. */
export const TEXT_WIDTH_MM = { portrait: 160, landscape: 247 } as const;
