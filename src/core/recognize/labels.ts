/**
 * The labels plans write in group rows, headings and criterion cells, read on the search fold
 * (lower case, no accents), so "TIÊU CHUẨN", "Tiêu chu ẩn" and "tieu chuan" read alike.
 *
 * - level group: "MỨC 1, 2, 3", "Mức 4: Không có", "MỨC I, II, III", "MỨC 1, MỨC 2, MỨC 3", "MỨC 1 - 3"
 * - standard: "Tiêu chuẩn 2: …", "1. Tiêu chuẩn 1: …", "2, Tiêu chuẩn 2: …", "Tiêu chuẩn 3. …", "Tiêu chuẩn II"
 * - criterion: "2.3", "TC 2.3", "Tiêu chí 2.3: Đối với nhân viên", "2.3. Đối với…", "Tiêu chuẩn 3.4. …" (a typo)
 */
import { normalizeCriterionCode, normalizeStandardCode } from "../catalog";
import { foldPrefix, restAfter } from "./folded";

const ROMAN_LEVEL: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

// "muc" (or "mức độ") then one or more level numbers separated by commas, "và", "&", dashes,
// "đến" or spaces, each possibly repeating "mức" ("MỨC 1, MỨC 2, MỨC 3").
const LEVEL_GROUP =
  /^(?:[-+*]\s*)?muc\s*(?:do\s*)?((?:[1-4]|iv|i{1,3})(?:\s*(?:,|;|&|\/|-|va|den)?\s*(?:muc\s*)?(?:[1-4]|iv|i{1,3})\b)*)(?![\d.,]*\d)(?=\s*$|\s*[:.)\-(]|\s+\p{L})/u;
const LEVEL_NUMBER = /[1-4]|iv|i{1,3}/g;
/** Between two levels, a dash or "đến" names every level from one to the other ("MỨC 1 - 3"). */
const LEVEL_RANGE = /-|den/;

/** The levels a "MỨC 1, 2, 3" label names, or undefined when the text is not one. */
export function readLevelLabel(text: string): number[] | undefined {
  const folded = foldPrefix(text, 80).text.trim();
  const match = LEVEL_GROUP.exec(folded);
  if (!match) return undefined;
  const written = match[1] ?? "";
  const levels: number[] = [];
  let previous: { level: number; end: number } | undefined;
  for (const token of written.matchAll(LEVEL_NUMBER)) {
    const level = ROMAN_LEVEL[token[0]] ?? Number(token[0]);
    const between = previous ? written.slice(previous.end, token.index) : "";
    const from = previous && LEVEL_RANGE.test(between) ? previous.level + 1 : level;
    for (let next = from; next <= level; next++) if (!levels.includes(next)) levels.push(next);
    if (!levels.includes(level)) levels.push(level);
    previous = { level, end: token.index + token[0].length };
  }
  return levels.length ? levels : undefined;
}

// Optional list numbering ("1.", "2,", "a)", "II."), "tiêu chuẩn" (possibly broken), the code, and
// not a criterion code ("Tiêu chuẩn 3.4." is a mistyped criterion, not standard 3).
const STANDARD_LABEL =
  /^\s*(?:[-+*\u2022]\s*)?(?:(?:\d{1,2}|[ivx]{1,4}|[a-z])\s*[.,):/-]\s*)?tieu\s*chu\s*an\s*(?:so\s*)?(\d{1,2}|[ivx]{1,4})(?![\d\p{L}])(?!\s*[.,]\s*\d)\s*[:.)-]?\s*/u;

export interface StandardLabel {
  code: string;
  /** Title after the code, as written (possibly empty). */
  title: string;
}

/** "Tiêu chuẩn 2: Cán bộ quản lý…" → { code: "2", title: "Cán bộ quản lý…" }. */
export function readStandardLabel(text: string): StandardLabel | undefined {
  const folded = foldPrefix(text);
  const match = STANDARD_LABEL.exec(folded.text);
  if (!match) return undefined;
  const code = normalizeStandardCode(match[1] ?? "");
  if (code === undefined) return undefined;
  return { code, title: restAfter(folded, match[0].length).trim() };
}

// At the start of a criterion cell: an optional "Tiêu chí"/"TC"/(mistyped) "Tiêu chuẩn", the code,
// then an optional separator before the title.
const CRITERION_LABEL =
  /^\s*(?:[-+*\u2022]\s*)?(?:(?:tieu\s*chi|tieu\s*chu\s*an|t\.?\s*c(?:hi)?)\s*(?:so\s*)?[:.]?\s*)?0*(\d{1,2})\s*[.,]\s*0*(\d{1,2})(?![\d])\s*(?:[.:)-]\s*)?/;
// Anywhere in a text (start of a line): "Tiêu chí 2.3" with its keyword, which a bare "2.3" lacks.
const CRITERION_MENTION =
  /(?:^|\n)\s*(?:[-+*\u2022]\s*)?(?:tieu\s*chi|tc)\s*(?:so\s*)?[:.]?\s*0*(\d{1,2})\s*[.,]\s*0*(\d{1,2})(?!\d)\s*(?:[.:)-]\s*)?/;

export interface CriterionLabel {
  code: string;
  /** Title after the code, as written; undefined when the cell holds the code only. */
  title?: string;
}

function criterionOf(
  standard: string | undefined,
  number: string | undefined,
  rest: string
): CriterionLabel | undefined {
  const code = normalizeCriterionCode(`${standard ?? ""}.${number ?? ""}`);
  if (code === undefined) return undefined;
  const title = rest.split("\n")[0]?.trim() ?? "";
  return title ? { code, title } : { code };
}

/** A criterion cell's code and title ("Tiêu chí 2.3: Đối với nhân viên", "1.4", "TC 2.3"). */
export function readCriterionLabel(text: string): CriterionLabel | undefined {
  const folded = foldPrefix(text);
  const match = CRITERION_LABEL.exec(folded.text);
  return match ? criterionOf(match[1], match[2], restAfter(folded, match[0].length)) : undefined;
}

// "Tiêu chí 3: …" with its keyword and one number: the criterion's number within its standard.
const CRITERION_NUMBER_LABEL =
  /^\s*(?:[-+*\u2022]\s*)?tieu\s*chi\s*(?:so\s*)?0*(\d{1,2})(?![\d])(?!\s*[.,]\s*\d)\s*(?:[.:)-]\s*)?/;

/**
 * "Tiêu chí 3: Đối với nhân viên" under standard 2: criterion 2.3. Only with the word "Tiêu chí"
 * (a bare "3" is a TT number) and only when the standard is known.
 */
export function readCriterionNumberLabel(
  text: string,
  standardCode: string | undefined
): CriterionLabel | undefined {
  if (standardCode === undefined) return undefined;
  const folded = foldPrefix(text);
  const match = CRITERION_NUMBER_LABEL.exec(folded.text);
  return match
    ? criterionOf(standardCode, match[1], restAfter(folded, match[0].length))
    : undefined;
}

// A criterion code needs digits around a dot or comma: a cheap test before folding a long cell.
const MAY_HOLD_CODE = /\d\s*[.,]\s*\d/;

/** "Tiêu chí 2.3: …" written at the start of a line of any cell (not a bare number). */
export function findCriterionMention(text: string): CriterionLabel | undefined {
  if (!MAY_HOLD_CODE.test(text)) return undefined;
  const folded = foldPrefix(text, 600);
  const match = CRITERION_MENTION.exec(folded.text);
  return match
    ? criterionOf(match[1], match[2], restAfter(folded, match.index + match[0].length))
    : undefined;
}
