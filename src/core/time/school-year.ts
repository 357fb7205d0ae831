/**
 * School years named in free text: the plan's title ("Năm học: 2025 – 2026") and mentions in
 * cells and paragraphs (a cell naming last year's school year was copied from the last plan).
 */
import type { SchoolYear } from "../model/plan";
import { foldForSearch, sourceSlice } from "../text";
import { isPlausibleYear } from "./calendar";

export interface SchoolYearMention {
  startYear: number;
  endYear: number;
  /** Preceded by "năm học" / "NH". */
  keyword: boolean;
  /** `endYear === startYear + 1`. Mentions without the keyword are only reported when consecutive. */
  consecutive: boolean;
  /** As written, from `start` to `end` (indices into the searched text). */
  text: string;
  start: number;
  end: number;
}

// On the search fold. "2020-2025" without "năm học" is a period, not a school year; "27/10/2021"
// is a date, hence no digit or slash just before the start year.
const MENTION = /(?:\b(nam\s*hoc|nh)\s*[:.]?\s*)?(?<![\d/])(\d{4})\s*-\s*(\d{4}|\d{2})(?!\d)/g;

/** Every school-year mention, in order. */
export function findSchoolYearMentions(text: string): SchoolYearMention[] {
  const folded = foldForSearch(text);
  const mentions: SchoolYearMention[] = [];
  for (const match of folded.text.matchAll(MENTION)) {
    const [whole, keywordText, startText = "", endText = ""] = match;
    const startYear = Number(startText);
    const endYear =
      endText.length === 2 ? Math.floor(startYear / 100) * 100 + Number(endText) : Number(endText);
    if (!isPlausibleYear(startYear)) continue;
    const consecutive = endYear === startYear + 1;
    const keyword = keywordText !== undefined;
    if (!keyword && !consecutive) continue;
    const start = match.index;
    const end = start + whole.length;
    mentions.push({
      startYear,
      endYear,
      keyword,
      consecutive,
      text: sourceSlice(text, folded, start, end).trim(),
      start: folded.origins[start] ?? 0,
      end: folded.origins[end] ?? text.length,
    });
  }
  return mentions;
}

/**
 * The school year a title names ("Năm học 2022 - 2023", "NĂM HỌC 2021-2022", "Năm học: 2025 –
 * 2026"): the first consecutive mention, preferring one with "năm học". Undefined when none is
 * valid (an end year that is not the start year + 1 is not a school year).
 */
export function parseSchoolYear(text: string): SchoolYear | undefined {
  const valid = findSchoolYearMentions(text).filter((mention) => mention.consecutive);
  const chosen = valid.find((mention) => mention.keyword) ?? valid[0];
  return chosen && { startYear: chosen.startYear, endYear: chosen.endYear, text: chosen.text };
}
