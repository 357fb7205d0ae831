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

// One reusable DP row: distance is called in tight loops and JavaScript is single-threaded.
let row = new Uint32Array(128);

function distanceBetween(a: number[], b: number[], limit: number): number {
  // Common prefix and suffix never cost anything; trimming them shrinks the table.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // The shorter sequence runs down the rows, the longer along the one stored row.
  const [short, shortEnd, long, longEnd] =
    endA - start <= endB - start ? [a, endA, b, endB] : [b, endB, a, endA];
  const rows = shortEnd - start;
  const columns = longEnd - start;
  if (columns - rows > limit) return limit + 1;
  if (rows === 0) return Math.min(columns, limit + 1);

  if (row.length < columns + 1) row = new Uint32Array(columns + 1);
  for (let j = 0; j <= columns; j++) row[j] = j;
  for (let i = 1; i <= rows; i++) {
    const unit = short[start + i - 1];
    let diagonal = row[0] ?? 0;
    row[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= columns; j++) {
      const above = row[j] ?? 0;
      let best = diagonal + (unit === long[start + j - 1] ? 0 : 1);
      if (above + 1 < best) best = above + 1;
      const left = (row[j - 1] ?? 0) + 1;
      if (left < best) best = left;
      row[j] = best;
      diagonal = above;
      if (best < rowMinimum) rowMinimum = best;
    }
    // Every later cell is at least this row's minimum: past the limit nothing can come back under it.
    if (rowMinimum > limit) return limit + 1;
  }
  return Math.min(row[columns] ?? 0, limit + 1);
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
