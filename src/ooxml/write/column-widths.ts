import { OoxmlWriteError } from "./errors";

/**
 * Scales relative column weights to whole twips summing exactly to `totalTwips` (largest
 * remainder), so the table's grid matches its stated width and Word has nothing to re-balance.
 */
export function columnWidths(weights: readonly number[], totalTwips: number): number[] {
  if (weights.length === 0) throw new OoxmlWriteError("invalid-spec", "a table needs columns");
  if (weights.some((weight) => !Number.isFinite(weight) || weight <= 0)) {
    throw new OoxmlWriteError(
      "invalid-spec",
      `column weights must be positive numbers, not [${weights.join(", ")}]`
    );
  }
  const sum = weights.reduce((total, weight) => total + weight, 0);
  const exact = weights.map((weight) => (weight / sum) * totalTwips);
  const widths = exact.map(Math.floor);
  let missing = totalTwips - widths.reduce((total, width) => total + width, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    widths[index] = (widths[index] ?? 0) + 1;
    missing--;
  }
  return widths;
}
