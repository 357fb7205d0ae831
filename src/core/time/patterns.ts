/**
 * Regex building blocks for time expressions. They run on the search fold (lower case, no
 * accents, dashes as "-", slashes as "/"), so "Tháng", "THÁNG" and "thang" are one word here.
 * Every block is linear: no nested quantifiers over the same characters.
 */

export const SPACES = String.raw`\s*`;
/** A day or month: one or two digits, not part of a longer number. */
export const NUMBER = String.raw`(\d{1,2})(?!\d)`;
/**
 * A four-digit year; spaces between its digits are line-wrap damage ("10/20 22"), so allowed.
 * Exactly four digits: "20222" is not a year.
 */
export const YEAR = String.raw`(\d(?:\s*\d){3})(?!\d)`;
/** The end year of a school year: four digits or the last two ("2021-22"). */
export const END_YEAR = String.raw`(\d(?:\s*\d){3}|\d{2})(?!\d)`;
/** "tháng", "Th.", "T" before a month number. */
export const MONTH_WORD = String.raw`(?:thang|th|t)\.?\s*`;
/** "–", "đến", "tới" between the two ends of a range. */
export const TO = String.raw`\s*(?:-|den(?![a-z])|toi(?![a-z]))\s*`;
/** "Từ" before a range. */
export const FROM = String.raw`(?:tu\s*)?`;
/** "năm học", "NH", or plain "năm" before a school year. */
export const SCHOOL_YEAR_WORD = String.raw`(?:nam\s*hoc|nh|nam)\s*[:.]?\s*`;
/** "học kỳ", "học kì", "HK". */
export const TERM_WORD = String.raw`(?:hoc\s*k[yi]|hk)`;
/** Term number: Roman or Arabic. */
export const TERM_NUMBER = String.raw`(ii|i|2|1)(?![a-z\d])`;
/** "và các năm tiếp theo", "những năm tiếp theo", "các năm học tiếp theo", "các năm sau". */
export const FOLLOWING_YEARS = String.raw`(?:va\s+)?(?:cac|nhung)\s+nam(?:\s+hoc)?\s+(?:tiep\s+theo|ke\s+tiep|sau(?:\s+do)?)(?![a-z])`;
/** A day/month/year date, with "ngày" optional. Groups: day, month, year. */
export const DATE = String.raw`(?:ngay\s*)?${NUMBER}${SPACES}/${SPACES}${NUMBER}${SPACES}/${SPACES}${YEAR}`;
/** A month/year, with "tháng" optional. Groups: month, year. */
export const MONTH_YEAR = String.raw`(?:${MONTH_WORD})?${NUMBER}${SPACES}/${SPACES}${YEAR}`;
/** "tháng 9 năm 2022". Groups: month, year. */
export const MONTH_YEAR_WORDS = String.raw`thang\s*${NUMBER}\s*nam\s*${YEAR}`;

/** Compiles a sticky pattern: it matches only at the position the scanner asks about. */
export function sticky(source: string): RegExp {
  return new RegExp(source, "y");
}
