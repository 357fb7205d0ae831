/**
 * The plan's title block: "KẾ HOẠCH" (possibly with the rest of the title on the next lines), the
 * school, and "Năm học 2021 - 2022". The plan's school year is read here, not from the first school
 * year the document mentions (the "Căn cứ" section cites last year's reports).
 */
import type { PlanMetadata } from "../../model/plan";
import { parseSchoolYear } from "../../time";
import type { TextLine } from "./lines";

// "KẾ HOẠCH …" but not a citation of another plan ("Kế hoạch số 59/KH-…").
const TITLE = /^ke\s*hoach\b(?!\s*so\b)/;
const CITATION = /\/\s*kh\b/;
const MAX_TITLE_LENGTH = 160;
/** The title block ends at the first section ("I. …", "1. …") or "Căn cứ …". */
const SECTION_START = /^(?:[ivx]{1,5}|\d{1,2})\s*[.)]\s|^can\s*cu\b/;
const MAX_TITLE_BLOCK_LINES = 6;
/** A line that is only a school year, e.g. "Năm học: 2025 – 2026" (a fallback without a title). */
const SCHOOL_YEAR_LINE = /^\(?\s*nam\s*hoc\s*:?\s*\d{4}\s*-\s*\d{2,4}\s*\)?$/;

export interface TitleBlock {
  /** Index in the lines of the title's first line. */
  start: number;
  /** Index after the block's last line. */
  end: number;
}

export function findTitleBlock(lines: readonly TextLine[]): TitleBlock | undefined {
  const start = lines.findIndex(
    (line) =>
      line.text.length <= MAX_TITLE_LENGTH &&
      TITLE.test(line.folded.text) &&
      !CITATION.test(line.folded.text)
  );
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && end - start < MAX_TITLE_BLOCK_LINES) {
    const line = lines[end];
    if (!line || SECTION_START.test(line.folded.text)) break;
    end++;
  }
  return { start, end };
}

function yearOf(line: TextLine): PlanMetadata["schoolYear"] {
  const year = parseSchoolYear(line.text);
  return year && { ...year, blockIndex: line.blockIndex };
}

export function readSchoolYear(
  lines: readonly TextLine[],
  title: TitleBlock | undefined
): PlanMetadata["schoolYear"] {
  if (title) {
    for (let index = title.start; index < title.end; index++) {
      const line = lines[index];
      const year = line && yearOf(line);
      if (year) return year;
    }
  }
  const alone = lines.find((line) => SCHOOL_YEAR_LINE.test(line.folded.text));
  return alone && yearOf(alone);
}
