/**
 * `parseTimeExpression`: reads a deadline cell into parts, keeping what it cannot read.
 *
 * The text is folded (lower case, no accents, unified dashes and spaces), then scanned left to
 * right. At each token the grammar's rules (rules.ts) are tried; the longest match wins, and is
 * kept as unparsed when its values are impossible. Between parts, spaces, dashes and link words ("và", "đến", "từ") are skipped;
 * line breaks, commas and semicolons separate unparsed pieces. Never throws; linear in the input.
 */
import { foldForSearch, sourceSlice, type FoldedText } from "../text";
import { DIGIT_RULES, LETTER_RULES, type PartValue } from "./rules";
import { combinedSpan } from "./span";
import type { TimeExpression, TimePart, TimeStatus } from "./types";

/** Separate unparsed pieces from each other. */
const SEPARATORS = new Set(["\n", ",", ";", "+", "\u2022", "\u00b7", "|"]);
/**
 * Skipped without comment: spaces, range dashes, brackets, and placeholder marks ("…", "___")
 * that mean "nothing written yet".
 */
const FILLER_CHARACTERS = new Set([
  " ",
  "-",
  ".",
  ":",
  "(",
  ")",
  "/",
  "*",
  "_",
  "\u2026",
  '"',
  "'",
]);
/** Link words that carry no time of their own ("đến 5/2026" is a deadline of 5/2026). */
const FILLER_WORDS = new Set(["va", "hoac", "tu", "den", "toi", "truoc", "trong", "vao"]);
/** One token: a word, a number, or any single other character. */
const TOKEN = /[a-z\u0080-\uffff]+|\d+|[\s\S]/y;

function isDigit(char: string): boolean {
  return char >= "0" && char <= "9";
}

interface Attempt {
  /** Undefined when the match has impossible values. */
  part?: PartValue;
  end: number;
}

/**
 * The longest match of any rule at `position` (the earliest rule on a tie). When its values are
 * impossible, the whole match is reported as such: "5/2026 - 9/2025" is a reversed range, not two
 * separate months, and "32/8/2022" is not "8/2022" with a stray "32/".
 */
function tryRules(text: string, position: number): Attempt | undefined {
  const rules = isDigit(text.charAt(position)) ? DIGIT_RULES : LETTER_RULES;
  let best: Attempt | undefined;
  for (const rule of rules) {
    rule.pattern.lastIndex = position;
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const end = position + match[0].length;
    if (best && (end < best.end || (end === best.end && best.part))) continue;
    const part = rule.build([...match]);
    best = part ? { part, end } : { end };
  }
  return best && best.end > position ? best : undefined;
}

function tokenEnd(text: string, position: number): number {
  TOKEN.lastIndex = position;
  return TOKEN.exec(text) ? TOKEN.lastIndex : position + 1;
}

function statusOf(parts: number, unparsed: number): TimeStatus {
  if (parts === 0) return unparsed === 0 ? "empty" : "not-understood";
  return unparsed === 0 ? "understood" : "partly-understood";
}

function isOpenEnded(part: TimePart): boolean {
  return (
    (part.kind === "schoolYear" && part.openEnded) ||
    (part.kind === "vague" && part.vagueness === "following-years")
  );
}

export function parseTimeExpression(text: string): TimeExpression {
  const source = typeof text === "string" ? text : "";
  const folded: FoldedText = foldForSearch(source);
  const scanned = folded.text;
  const slice = (start: number, end: number) => sourceSlice(source, folded, start, end).trim();

  const parts: TimePart[] = [];
  const unparsed: string[] = [];
  let pieceStart = -1;
  let pieceEnd = -1;
  const closePiece = () => {
    if (pieceStart < 0) return;
    const piece = slice(pieceStart, pieceEnd);
    if (piece) unparsed.push(piece);
    pieceStart = -1;
  };
  const markUnparsed = (start: number, end: number) => {
    if (pieceStart < 0) pieceStart = start;
    pieceEnd = end;
  };

  let position = 0;
  while (position < scanned.length) {
    const char = scanned.charAt(position);
    if (SEPARATORS.has(char)) {
      closePiece();
      position++;
      continue;
    }
    if (FILLER_CHARACTERS.has(char)) {
      position++;
      continue;
    }
    const attempt = tryRules(scanned, position);
    if (attempt?.part) {
      closePiece();
      parts.push({ ...attempt.part, text: slice(position, attempt.end) });
      position = attempt.end;
      continue;
    }
    // An impossible value ("13/2022") is kept whole rather than read piecemeal.
    const end = attempt ? attempt.end : tokenEnd(scanned, position);
    if (attempt || !FILLER_WORDS.has(scanned.slice(position, end))) markUnparsed(position, end);
    position = end;
  }
  closePiece();

  const span = combinedSpan(parts);
  return {
    text: source,
    parts,
    unparsed,
    openEnded: parts.some(isOpenEnded),
    status: statusOf(parts.length, unparsed.length),
    ...(span ? { span } : {}),
  };
}
