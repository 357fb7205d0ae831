/**
 * Time expressions as staff write them in the "Thời gian" / "Thời điểm báo cáo" columns of a plan:
 * "9/2022", "9/2025 – 5/2026", "Năm học 2021-2022 và các năm tiếp theo", "Cả năm", "15/8", …
 * Every part keeps the text it was read from, so findings can quote it.
 */

export interface MonthYear {
  year: number;
  /** 1–12 */
  month: number;
}

export interface DayMonthYear extends MonthYear {
  /** 1–31, valid for the month and year */
  day: number;
}

/** "Năm học 2021-2022": `endYear` is always `startYear + 1`. */
export interface SchoolYearRange {
  startYear: number;
  endYear: number;
}

/** Beginning / middle / end of a school year or term ("Đầu năm học", "Cuối học kỳ I"). */
export type Position = "start" | "middle" | "end";

export type Vagueness =
  /** "Cả năm", "Cả năm học", "Suốt năm học", "Trong năm học", "Quanh năm" */
  | "whole-year"
  /** "Đầu năm", "Đầu năm học" */
  | "start-of-year"
  /** "Cuối năm", "Cuối năm học" */
  | "end-of-year"
  /** "Theo đợt", "Từng đợt" */
  | "by-batch"
  /** "Thường xuyên", "Liên tục" */
  | "regularly"
  /** "Định kỳ" */
  | "periodic"
  /** "Hằng tháng", "Hàng tháng", "Mỗi tháng" */
  | "monthly"
  /** "Hằng tuần", "Hàng tuần", "Mỗi tuần" */
  | "weekly"
  /** "Hằng năm", "Hàng năm", "Mỗi năm" */
  | "yearly"
  /** "Theo học kỳ", "Từng học kỳ", "Mỗi học kỳ" */
  | "per-term"
  /** "Các năm tiếp theo" not attached to a school year */
  | "following-years";

export type TimePart =
  /**
   * "10/2025", "T9/2022", "Tháng 01 năm 2023", "Tháng 9-2025" (start = end), "9/2025 – 5/2026",
   * "tháng 9-12/2022", "Tháng 9, 10/2025" (listed months: first to last), "Quý I/2026"
   */
  | { kind: "monthRange"; start: MonthYear; end: MonthYear; text: string }
  /** "15/8/2022", "15/08/2022", "ngày 15 tháng 8 năm 2022" */
  | ({ kind: "date"; text: string } & DayMonthYear)
  /** "15/8/2022 - 30/9/2022", "15/8 - 30/9/2022" */
  | { kind: "dateRange"; start: DayMonthYear; end: DayMonthYear; text: string }
  /** "Năm học 2021-2022", "NH 2021-2022"; open-ended with "… và các năm tiếp theo" */
  | {
      kind: "schoolYear";
      startYear: number;
      endYear: number;
      openEnded: boolean;
      position?: Position;
      text: string;
    }
  /** "Năm 2023" (a calendar year) */
  | { kind: "year"; year: number; text: string }
  /** "Học kỳ I", "HK2", "Cuối học kỳ I năm học 2025-2026" */
  | {
      kind: "term";
      term: 1 | 2;
      position?: Position;
      schoolYear?: SchoolYearRange;
      text: string;
    }
  /** "Tháng 9", "T9", "Tháng 9 - tháng 5" without a year; `endMonth` may be before `month` (9 → 5 crosses the new year). */
  | { kind: "month"; month: number; endMonth: number; text: string }
  /** "15/8": a day and month without a year */
  | { kind: "dayMonth"; day: number; month: number; text: string }
  | { kind: "vague"; vagueness: Vagueness; text: string };

export type TimePartKind = TimePart["kind"];

export type TimeStatus =
  /** Nothing but spaces and placeholder punctuation ("-", "…", "___"). */
  | "empty"
  /** Every piece of text was read as a part. */
  | "understood"
  /** Some parts were read, some text was not (`unparsed`). */
  | "partly-understood"
  /** No part could be read. */
  | "not-understood";

export interface TimeExpression {
  /** The input, unchanged. */
  text: string;
  /** Parts in the order written. */
  parts: TimePart[];
  /**
   * Pieces of the input that are neither parts nor separators, as written: words ("hoàn thành"),
   * impossible values ("13/2022", "9/20222"), stray digits ("9/2022 2" leaves "2").
   */
  unparsed: string[];
  /** A school year or part followed by "và các năm tiếp theo" (or that phrase alone). */
  openEnded: boolean;
  status: TimeStatus;
  /**
   * The months the parts cover, first to last, when any part has a known span (parts without a
   * year — "15/8", "Tháng 9", "Cả năm" — are left out). See `partSpan`.
   */
  span?: { start: MonthYear; end: MonthYear };
}
