/**
 * Keys for comparing what a cell says, whoever typed it: case, accents' placement, spacing, line
 * breaks and list bullets ("- ", "+ ", "• ") do not count as differences.
 */
import { comparisonKey } from "../text";

const LINE_BULLET = /^\s*[-+*\u2022\u2013\u2014\u00b7]+\s*/;

/** The key of a multi-line text: each line without its bullet, lines joined by a space. */
export function contentKey(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(LINE_BULLET, ""))
    .filter((line) => line.trim() !== "");
  return comparisonKey(lines.join(" "));
}

/** The words of a key, for counting what an overwrite would lose. */
export function keyWords(key: string): string[] {
  return key.split(/[^\p{L}\p{M}\p{N}]+/u).filter((word) => word !== "");
}

/** How many of `from`'s words (with repetition) `to` lacks. */
export function missingWordCount(from: readonly string[], to: readonly string[]): number {
  const available = new Map<string, number>();
  for (const word of to) available.set(word, (available.get(word) ?? 0) + 1);
  let missing = 0;
  for (const word of from) {
    const left = available.get(word) ?? 0;
    if (left > 0) available.set(word, left - 1);
    else missing++;
  }
  return missing;
}
