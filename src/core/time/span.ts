/** The months a part covers, when it says enough to know. */
import { compareMonthYear, schoolYearWindow, type MonthSpan } from "./calendar";
import type { TimePart } from "./types";

/**
 * Months covered by a part:
 * - month ranges, dates, date ranges: their own months;
 * - a school year (open-ended or not): its window, 8/Y through 7/Y+1;
 * - a calendar year: 1–12 of that year;
 * - a term with its school year: term I 8/Y through 1/Y+1 (it ends in January), term II
 *   1/Y+1 through 7/Y+1;
 * - anything without a year (day/month, month, term alone, vague): undefined.
 */
export function partSpan(part: TimePart): MonthSpan | undefined {
  switch (part.kind) {
    case "monthRange":
      return { start: part.start, end: part.end };
    case "dateRange":
      return {
        start: { year: part.start.year, month: part.start.month },
        end: { year: part.end.year, month: part.end.month },
      };
    case "date":
      return {
        start: { year: part.year, month: part.month },
        end: { year: part.year, month: part.month },
      };
    case "schoolYear":
      return schoolYearWindow(part.startYear);
    case "year":
      return { start: { year: part.year, month: 1 }, end: { year: part.year, month: 12 } };
    case "term": {
      if (!part.schoolYear) return undefined;
      const window = schoolYearWindow(part.schoolYear.startYear);
      const january = { year: part.schoolYear.endYear, month: 1 };
      return part.term === 1
        ? { start: window.start, end: january }
        : { start: january, end: window.end };
    }
    default:
      return undefined;
  }
}

/** The union of the parts' spans (first start to last end), if any part has one. */
export function combinedSpan(parts: readonly TimePart[]): MonthSpan | undefined {
  let span: MonthSpan | undefined;
  for (const part of parts) {
    const own = partSpan(part);
    if (!own) continue;
    if (!span) {
      span = own;
      continue;
    }
    span = {
      start: compareMonthYear(own.start, span.start) < 0 ? own.start : span.start,
      end: compareMonthYear(own.end, span.end) > 0 ? own.end : span.end,
    };
  }
  return span;
}
