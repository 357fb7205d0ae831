/**
 * Word wrapping to a number of terminal columns. A word longer than the line breaks after a
 * hyphen when it has one (rule ids: "deadline-outside-school-year"), otherwise at the edge.
 */
import { displayWidth } from "./display-width";

/** A word's pieces that may end a line: "deadline-", "without-", "year". */
export function breakableParts(word: string): string[] {
  return word.match(/[^-]+-*|-+/g) ?? [word];
}

/** Splits a word that does not fit into pieces of at most `width` columns. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let current = "";
  const flush = () => {
    if (current !== "") pieces.push(current);
    current = "";
  };
  for (const part of breakableParts(word)) {
    if (displayWidth(current + part) <= width) {
      current += part;
      continue;
    }
    flush();
    for (const character of part) {
      if (displayWidth(current + character) > width) flush();
      current += character;
    }
  }
  flush();
  return pieces;
}

/** Lines of at most `width` columns (a single space between words; newlines become spaces). */
export function wrapText(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return [""];
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    line = "";
    if (displayWidth(word) <= width) {
      line = word;
      continue;
    }
    const pieces = splitWord(word, Math.max(1, width));
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? "";
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The narrowest a text can be wrapped without cutting inside a word part. */
export function narrowestWidth(text: string): number {
  let narrowest = 0;
  for (const word of text.split(/\s+/)) {
    for (const part of breakableParts(word)) narrowest = Math.max(narrowest, displayWidth(part));
  }
  return narrowest;
}
