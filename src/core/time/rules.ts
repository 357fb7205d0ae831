/**
 * The grammar of time expressions: an ordered list of rules, each a sticky pattern and a builder
 * that turns its groups into a part, or undefined when the values are impossible (month 13, day
 * 32, a school year 2021-2023, a range that ends before it starts).
 * The scanner takes the longest match (see parse.ts); on a tie the earlier rule wins.
 */
import { compareDates, compareMonthYear, isMonth, isPlausibleYear, isValidDay } from "./calendar";
import {
  DATE,
  END_YEAR,
  FOLLOWING_YEARS,
  FROM,
  MONTH_WORD,
  MONTH_YEAR,
  MONTH_YEAR_WORDS,
  NUMBER,
  SCHOOL_YEAR_WORD,
  SPACES,
  TERM_NUMBER,
  TERM_WORD,
  TO,
  YEAR,
  sticky,
} from "./patterns";
import type {
  DayMonthYear,
  MonthYear,
  Position,
  SchoolYearRange,
  TimePart,
  Vagueness,
} from "./types";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A part before the scanner attaches the source text it was read from. */
export type PartValue = DistributiveOmit<TimePart, "text">;

type Groups = (string | undefined)[];

export interface Rule {
  pattern: RegExp;
  /** Rules are only tried where they can start: at a digit, at a letter, or both. */
  startsWith: "digit" | "letter" | "either";
  build(groups: Groups): PartValue | undefined;
}

function number(text: string | undefined): number {
  return text === undefined ? Number.NaN : Number(text.replace(/\s/g, ""));
}

function year(text: string | undefined): number | undefined {
  const value = number(text);
  return isPlausibleYear(value) ? value : undefined;
}

function monthYear(monthText: string | undefined, yearText: string | undefined) {
  const month = number(monthText);
  const value = year(yearText);
  return isMonth(month) && value !== undefined ? { year: value, month } : undefined;
}

function date(dayText: string | undefined, monthText: string | undefined, yearValue?: number) {
  const day = number(dayText);
  const month = number(monthText);
  if (yearValue === undefined || !isValidDay(day, month, yearValue)) return undefined;
  return { day, month, year: yearValue };
}

/** A school year whose end is the next year, written in full or as its last two digits. */
function schoolYear(startText: string | undefined, endText: string | undefined) {
  const startYear = year(startText);
  const end = endText?.replace(/\s/g, "") ?? "";
  if (startYear === undefined) return undefined;
  const endYear = startYear + 1;
  const consistent = end.length === 2 ? Number(end) === endYear % 100 : Number(end) === endYear;
  return consistent ? { startYear, endYear } : undefined;
}

function monthRange(start?: MonthYear, end?: MonthYear): PartValue | undefined {
  if (!start || !end || compareMonthYear(start, end) > 0) return undefined;
  return { kind: "monthRange", start, end };
}

function dateRange(start?: DayMonthYear, end?: DayMonthYear): PartValue | undefined {
  if (!start || !end || compareDates(start, end) > 0) return undefined;
  return { kind: "dateRange", start, end };
}

const QUARTERS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};
/** Between listed months: a comma, semicolon, "&" or "và". */
const MONTH_LIST_SEPARATOR = String.raw`\s*(?:,|;|&|va(?![a-z]))\s*`;

const POSITIONS: Readonly<Record<string, Position>> = { dau: "start", giua: "middle", cuoi: "end" };

function position(word: string | undefined): { position?: Position } {
  const value = word === undefined ? undefined : POSITIONS[word];
  return value ? { position: value } : {};
}

function vague(vagueness: Vagueness, words: string): Rule {
  return {
    pattern: sticky(String.raw`(?:${words})(?![a-z])`),
    startsWith: "letter",
    build: () => ({ kind: "vague", vagueness }),
  };
}

export const RULES: readonly Rule[] = [
  // "Năm học 2021-2022 (và các năm tiếp theo)", "NH: 2021 – 2022", "Cuối năm học 2025-2026"
  {
    pattern: sticky(
      String.raw`(?:(dau|giua|cuoi|ca|suot|trong)\s+)?${SCHOOL_YEAR_WORD}${YEAR}${SPACES}-${SPACES}${END_YEAR}(\s*,?\s*${FOLLOWING_YEARS})?`
    ),
    startsWith: "letter",
    build: ([, at, start, end, following]) => {
      const range = schoolYear(start, end);
      if (!range) return undefined;
      return { kind: "schoolYear", ...range, openEnded: following !== undefined, ...position(at) };
    },
  },
  // "2021-2022", "2021 - 2022 và các năm tiếp theo"
  {
    pattern: sticky(String.raw`${YEAR}${SPACES}-${SPACES}${END_YEAR}(\s*,?\s*${FOLLOWING_YEARS})?`),
    startsWith: "digit",
    build: ([, start, end, following]) => {
      const range = schoolYear(start, end);
      return range && { kind: "schoolYear", ...range, openEnded: following !== undefined };
    },
  },
  // "Theo học kỳ", "Mỗi học kỳ" before terms, so "kỳ" is not read as a term number.
  vague("per-term", String.raw`(?:theo|tung|moi|hang)\s+${TERM_WORD}`),
  // "Học kỳ I", "HK2", "Cuối học kỳ I năm học 2025-2026", "HK II (2025-2026)"
  {
    pattern: sticky(
      String.raw`(?:(dau|giua|cuoi)\s+)?${TERM_WORD}\s*${TERM_NUMBER}(?:\s*[,(-]?\s*(?:${SCHOOL_YEAR_WORD})?${YEAR}${SPACES}-${SPACES}${END_YEAR}\s*\)?)?`
    ),
    startsWith: "letter",
    build: ([, at, termText, start, end]) => {
      const term: 1 | 2 = termText === "i" || termText === "1" ? 1 : 2;
      if (start === undefined) return { kind: "term", term, ...position(at) };
      const range: SchoolYearRange | undefined = schoolYear(start, end);
      return range && { kind: "term", term, ...position(at), schoolYear: range };
    },
  },
  // "15/8/2022 - 30/9/2022", "Từ ngày 15/8/2022 đến ngày 30/9/2022"
  {
    pattern: sticky(String.raw`${FROM}${DATE}${TO}${DATE}`),
    startsWith: "either",
    build: ([, d1, m1, y1, d2, m2, y2]) =>
      dateRange(date(d1, m1, year(y1)), date(d2, m2, year(y2))),
  },
  // "15/8 - 30/9/2022": the start takes the end's year (the year before if its month is later).
  {
    pattern: sticky(
      String.raw`${FROM}(?:ngay\s*)?${NUMBER}${SPACES}/${SPACES}${NUMBER}${TO}${DATE}`
    ),
    startsWith: "either",
    build: ([, d1, m1, d2, m2, y2]) => {
      const endYear = year(y2);
      if (endYear === undefined) return undefined;
      const startYear = number(m1) > number(m2) ? endYear - 1 : endYear;
      return dateRange(date(d1, m1, startYear), date(d2, m2, endYear));
    },
  },
  // "15/8/2022", "ngày 15/08/2022"
  {
    pattern: sticky(DATE),
    startsWith: "either",
    build: ([, d, m, y]) => {
      const value = date(d, m, year(y));
      return value && { kind: "date", ...value };
    },
  },
  // "ngày 15 tháng 8 năm 2022"
  {
    pattern: sticky(String.raw`ngay\s*${NUMBER}\s*thang\s*${NUMBER}\s*nam\s*${YEAR}`),
    startsWith: "letter",
    build: ([, d, m, y]) => {
      const value = date(d, m, year(y));
      return value && { kind: "date", ...value };
    },
  },
  // "9/2025 – 5/2026", "-6/2026-5/2027", "Từ tháng 9/2025 đến tháng 5/2026", "T9/2022-hết T5/2023"
  {
    pattern: sticky(String.raw`${FROM}${MONTH_YEAR}${TO}(?:het\s+)?${MONTH_YEAR}`),
    startsWith: "either",
    build: ([, m1, y1, m2, y2]) => monthRange(monthYear(m1, y1), monthYear(m2, y2)),
  },
  // "Từ tháng 9 năm 2022 đến tháng 5 năm 2023"
  {
    pattern: sticky(String.raw`${FROM}${MONTH_YEAR_WORDS}${TO}(?:het\s+)?${MONTH_YEAR_WORDS}`),
    startsWith: "letter",
    build: ([, m1, y1, m2, y2]) => monthRange(monthYear(m1, y1), monthYear(m2, y2)),
  },
  // "9 - 12/2025", "tháng 9-12/2022", "tháng 9 đến tháng 12 năm 2022": one year for both months.
  {
    pattern: sticky(
      String.raw`${FROM}(?:${MONTH_WORD})?${NUMBER}${TO}(?:${MONTH_WORD})?${NUMBER}(?:${SPACES}/${SPACES}|\s*nam\s*)${YEAR}`
    ),
    startsWith: "either",
    build: ([, m1, m2, y]) => monthRange(monthYear(m1, y), monthYear(m2, y)),
  },
  // "9/2025 - tháng 5": the end month without a year falls in the first year after the start.
  {
    pattern: sticky(String.raw`${FROM}${MONTH_YEAR}${TO}(?:${MONTH_WORD})?${NUMBER}(?![\d/])`),
    startsWith: "either",
    build: ([, m1, y1, m2]) => {
      const start = monthYear(m1, y1);
      const endMonth = number(m2);
      if (!start || !isMonth(endMonth)) return undefined;
      const endYear = endMonth >= start.month ? start.year : start.year + 1;
      return monthRange(start, { year: endYear, month: endMonth });
    },
  },
  // "Tháng 9, 10/2025", "tháng 9, 10 và 11/2025": months listed before one year, read as the
  // months from the first to the last.
  {
    pattern: sticky(
      String.raw`(?:${MONTH_WORD})?${NUMBER}(?:${MONTH_LIST_SEPARATOR}(?:${MONTH_WORD})?\d{1,2}(?!\d))*${MONTH_LIST_SEPARATOR}(?:${MONTH_WORD})?${NUMBER}${SPACES}/${SPACES}${YEAR}`
    ),
    startsWith: "either",
    build: ([, m1, m2, y]) => monthRange(monthYear(m1, y), monthYear(m2, y)),
  },
  // "Tháng 9-2025", "tháng 09.2025" (with the word "tháng", so "9-12" stays a range of months)
  {
    pattern: sticky(String.raw`${MONTH_WORD}${NUMBER}\s*[-.]\s*(\d{4})(?!\d)(?!\s*-\s*\d)`),
    startsWith: "letter",
    build: ([, m, y]) => monthRange(monthYear(m, y), monthYear(m, y)),
  },
  // "Quý I/2026", "Quý 4 năm 2025": the quarter's three months.
  {
    pattern: sticky(String.raw`quy\s*(iv|iii|ii|i|[1-4])(?![a-z\d])\s*(?:/|nam)\s*${YEAR}`),
    startsWith: "letter",
    build: ([, quarterText, y]) => {
      const quarter = QUARTERS[quarterText ?? ""] ?? 0;
      const last = quarter * 3;
      return monthRange(monthYear(String(last - 2), y), monthYear(String(last), y));
    },
  },
  // "9/2022", "09/2022", "T9/2022", "tháng 9/2022", "10/20 22"
  {
    pattern: sticky(MONTH_YEAR),
    startsWith: "either",
    build: ([, m, y]) => monthRange(monthYear(m, y), monthYear(m, y)),
  },
  // "Tháng 01 năm 2023", "tháng 9 năm 2022"
  {
    pattern: sticky(MONTH_YEAR_WORDS),
    startsWith: "letter",
    build: ([, m, y]) => monthRange(monthYear(m, y), monthYear(m, y)),
  },
  // "Năm 2023", "Cả năm 2023"
  {
    pattern: sticky(String.raw`(?:(?:ca|suot|trong)\s+)?nam\s*${YEAR}`),
    startsWith: "letter",
    build: ([, y]) => {
      const value = year(y);
      return value === undefined ? undefined : { kind: "year", year: value };
    },
  },
  // "Tháng 9 - tháng 5", "T9-T12" (no year; may cross the new year)
  {
    pattern: sticky(
      String.raw`${FROM}${MONTH_WORD}${NUMBER}${TO}(?:${MONTH_WORD})?${NUMBER}(?![\d/])`
    ),
    startsWith: "letter",
    build: ([, m1, m2]) => {
      const month = number(m1);
      const endMonth = number(m2);
      return isMonth(month) && isMonth(endMonth) ? { kind: "month", month, endMonth } : undefined;
    },
  },
  // "Tháng 9", "T9"
  {
    pattern: sticky(String.raw`${MONTH_WORD}${NUMBER}(?![\d/])`),
    startsWith: "letter",
    build: ([, m]) => {
      const month = number(m);
      return isMonth(month) ? { kind: "month", month, endMonth: month } : undefined;
    },
  },
  // "15/8", "ngày 15/8", "ngày 15 tháng 8"
  {
    pattern: sticky(
      String.raw`(?:ngay\s*)?${NUMBER}${SPACES}/${SPACES}${NUMBER}(?![\d/])|ngay\s*${NUMBER}\s*thang\s*${NUMBER}(?![\d/])`
    ),
    startsWith: "either",
    build: ([, d1, m1, d2, m2]) => {
      const day = number(d1 ?? d2);
      const month = number(m1 ?? m2);
      return isValidDay(day, month) ? { kind: "dayMonth", day, month } : undefined;
    },
  },
  {
    pattern: sticky(FOLLOWING_YEARS),
    startsWith: "letter",
    build: () => ({ kind: "vague", vagueness: "following-years" }),
  },
  vague("whole-year", String.raw`(?:ca|suot|trong|quanh)\s+nam(?:\s+hoc)?`),
  vague("start-of-year", String.raw`dau\s+nam(?:\s+hoc)?`),
  vague("end-of-year", String.raw`cuoi\s+nam(?:\s+hoc)?`),
  vague("by-batch", String.raw`(?:theo\s+(?:tung\s+)?|tung\s+)dot`),
  vague("regularly", String.raw`thuong\s+xuyen|lien\s+tuc`),
  vague("periodic", String.raw`dinh\s+k[yi]`),
  vague("monthly", String.raw`(?:hang|moi)\s+thang`),
  vague("weekly", String.raw`(?:hang|moi)\s+tuan`),
  vague("yearly", String.raw`(?:hang|moi)\s+nam`),
];

export const DIGIT_RULES = RULES.filter((rule) => rule.startsWith !== "letter");
export const LETTER_RULES = RULES.filter((rule) => rule.startsWith !== "digit");
