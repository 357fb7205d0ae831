/**
 * Levenshtein distance on Unicode code points, and a similarity ratio built on it.
 * Compare keys (see keys.ts), not raw text, so that case and spacing do not count as edits.
 */

const SURROGATE = /[\ud800-\udfff]/;

function toCodePoints(text: string): number[] {
  const points: number[] = [];
  if (!SURROGATE.test(text)) {
    for (let i = 0; i < text.length; i++) points.push(text.charCodeAt(i));
    return points;
  }
  for (const char of text) points.push(char.codePointAt(0) ?? 0);
  return points;
}

/** Number of code points (an astral character counts once). */
export function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let length = 0;
  for (const _char of text) length++;
  return length;
}

const WORD_BITS = 32;

// Scratch buffers reused across calls (JavaScript is single-threaded and nothing here re-enters):
// allocating them per call cost more than the computation itself.
/** Symbol number + 1 of each BMP code point in the current pattern; 0 when absent. */
const bmpSymbols = new Int32Array(0x10000);
let matchMasks: Int32Array = new Int32Array(256);
let textSymbols: Int32Array = new Int32Array(256);
let plusCarry: Int32Array = new Int32Array(8);
let minusCarry: Int32Array = new Int32Array(8);

function atLeast(buffer: Int32Array, size: number): Int32Array {
  return buffer.length >= size ? buffer : new Int32Array(Math.max(size, buffer.length * 2));
}

/**
 * Myers' bit-parallel edit distance (Hyyrö's formulation, pattern split into 32-row blocks):
 * about 32 times fewer steps than the textbook table for the 20–150 character titles we compare.
 * The pattern `p[pStart..pEnd)` runs down the rows, the text `t[tStart..tEnd)` along the columns;
 * both are non-empty.
 */
function bitParallelDistance(
  p: number[],
  pStart: number,
  pEnd: number,
  t: number[],
  tStart: number,
  tEnd: number
): number {
  const rows = pEnd - pStart;
  const columns = tEnd - tStart;
  const blocks = Math.ceil(rows / WORD_BITS);

  // Number the pattern's distinct symbols (BMP through a table, astral ones, rare, through a map).
  let alphabet = 0;
  let astral: Map<number, number> | undefined;
  for (let r = pStart; r < pEnd; r++) {
    const code = p[r] ?? 0;
    if (code < 0x10000) {
      if (bmpSymbols[code] === 0) bmpSymbols[code] = ++alphabet;
    } else {
      astral ??= new Map();
      if (!astral.has(code)) astral.set(code, ++alphabet);
    }
  }
  const symbolOf = (code: number): number =>
    (code < 0x10000 ? bmpSymbols[code] : astral?.get(code)) ?? 0;

  // Locals rather than module variables: the loops below are the hot path.
  const masks = (matchMasks = atLeast(matchMasks, (blocks + 1) * (alphabet + 1)));
  masks.fill(0, 0, (blocks + 1) * (alphabet + 1));
  for (let r = 0; r < rows; r++) {
    const slot = ((r / WORD_BITS) | 0) * (alphabet + 1) + symbolOf(p[pStart + r] ?? 0);
    masks[slot] = (masks[slot] ?? 0) | (1 << (r % WORD_BITS));
  }
  // Symbol 0 ("not in the pattern") keeps an all-zero mask.
  const symbols = (textSymbols = atLeast(textSymbols, columns));
  for (let c = 0; c < columns; c++) symbols[c] = symbolOf(t[tStart + c] ?? 0);
  for (let r = pStart; r < pEnd; r++) {
    const code = p[r] ?? 0;
    if (code < 0x10000) bmpSymbols[code] = 0;
  }

  // Horizontal deltas (+1 / −1) crossing each block's lower edge, one bit per column. Row 0 of the
  // table is 0, 1, 2, … so every delta entering the first block is +1.
  const words = Math.ceil(columns / WORD_BITS);
  const plusCarries = (plusCarry = atLeast(plusCarry, words));
  const minusCarries = (minusCarry = atLeast(minusCarry, words));
  plusCarries.fill(-1, 0, words);
  minusCarries.fill(0, 0, words);
  let score = rows;

  for (let block = 0; block < blocks; block++) {
    const base = block * (alphabet + 1);
    const isLast = block === blocks - 1;
    const lastBit = isLast ? (rows - 1) % WORD_BITS : WORD_BITS - 1;
    let plusV = -1;
    let minusV = 0;
    for (let c = 0; c < columns; c++) {
      const eq = masks[base + (symbols[c] ?? 0)] ?? 0;
      const word = c >>> 5;
      const bit = c & 31;
      const plusIn = ((plusCarries[word] ?? 0) >>> bit) & 1;
      const minusIn = ((minusCarries[word] ?? 0) >>> bit) & 1;
      const xv = eq | minusV;
      const xh = ((((eq | minusIn) & plusV) + plusV) ^ plusV) | eq | minusIn;
      let plusH = minusV | ~(xh | plusV);
      let minusH = plusV & xh;
      const plusOut = (plusH >>> lastBit) & 1;
      const minusOut = (minusH >>> lastBit) & 1;
      if (isLast) {
        score += plusOut - minusOut;
      } else {
        if (plusOut !== plusIn) plusCarries[word] = (plusCarries[word] ?? 0) ^ (1 << bit);
        if (minusOut !== minusIn) minusCarries[word] = (minusCarries[word] ?? 0) ^ (1 << bit);
      }
      plusH = (plusH << 1) | plusIn;
      minusH = (minusH << 1) | minusIn;
      plusV = minusH | ~(xv | plusH);
      minusV = plusH & xv;
    }
  }
  return score;
}

function distanceBetween(a: number[], b: number[], limit: number): number {
  // Common prefix and suffix never cost anything; trimming them shrinks the work.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const lengthA = endA - start;
  const lengthB = endB - start;
  // The length difference alone is a lower bound on the distance.
  if (Math.abs(lengthA - lengthB) > limit) return limit + 1;
  if (lengthA === 0 || lengthB === 0) return Math.min(lengthA + lengthB, limit + 1);
  // The shorter sequence as the pattern: fewer 32-row blocks.
  const distance =
    lengthA <= lengthB
      ? bitParallelDistance(a, start, endA, b, start, endB)
      : bitParallelDistance(b, start, endB, a, start, endA);
  return Math.min(distance, limit + 1);
}

/**
 * Levenshtein distance between two strings, counted on code points.
 * With `maxDistance`, returns `maxDistance + 1` as soon as the distance is known to exceed it
 * (much faster when only close matches matter).
 */
export function editDistance(a: string, b: string, maxDistance = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const limit = Math.max(0, maxDistance);
  return distanceBetween(toCodePoints(a), toCodePoints(b), limit);
}

/**
 * 1 − distance / length of the longer string, in [0, 1]; two empty strings are identical (1).
 */
export function similarity(a: string, b: string): number {
  const longest = Math.max(codePointLength(a), codePointLength(b));
  if (longest === 0) return 1;
  return 1 - editDistance(a, b) / longest;
}

export interface ClosestMatch {
  /** Position of the candidate in the list. */
  index: number;
  candidate: string;
  distance: number;
  similarity: number;
}

export interface ClosestMatchOptions {
  /** Candidates less similar than this are ignored (default 0: the closest wins whatever it is). */
  minSimilarity?: number;
}

/**
 * The candidate most similar to `query` (the first one on ties), or undefined when none reaches
 * `minSimilarity`. Pass keys (e.g. `comparisonKey`) computed once for the candidates.
 */
export function closestMatch(
  query: string,
  candidates: readonly string[],
  options: ClosestMatchOptions = {}
): ClosestMatch | undefined {
  const minSimilarity = options.minSimilarity ?? 0;
  const queryPoints = toCodePoints(query);
  let best: ClosestMatch | undefined;
  candidates.forEach((candidate, index) => {
    const candidatePoints = toCodePoints(candidate);
    const longest = Math.max(queryPoints.length, candidatePoints.length);
    if (longest === 0) {
      if (!best || best.similarity < 1) best = { index, candidate, distance: 0, similarity: 1 };
      return;
    }
    // Largest distance that could still reach the threshold or beat the best so far.
    const floor = Math.max(minSimilarity, best ? best.similarity : 0);
    const limit = Math.floor((1 - floor) * longest + 1e-9);
    const distance = distanceBetween(queryPoints, candidatePoints, limit);
    if (distance > limit) return;
    const score = 1 - distance / longest;
    if (score < minSimilarity) return;
    if (!best || score > best.similarity) best = { index, candidate, distance, similarity: score };
  });
  return best;
}
