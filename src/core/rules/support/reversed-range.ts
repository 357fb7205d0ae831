/**
 * Ranges written end first ("5/2026 – 9/2025", "30/9/2025 - 15/8/2025"). The time parser refuses
 * them and leaves them unparsed (a range cannot end before it starts), so they are found here in
 * the unparsed pieces and reported as what they are rather than as text nobody understood.
 */
import { foldForSearch, sourceSlice } from "../../text";
import { compareDates, isValidMonthYear, type DayMonthYear } from "./time-values";

export interface ReversedRange {
  /** As written. */
  text: string;
  start: DayMonthYear;
  end: DayMonthYear;
}

// On the search fold: [tu] [thang|t] [d/]m/yyyy (-|den|toi) [het] [thang|t] [d/]m/yyyy
const END = String.raw`(?:(\d{1,2})\s*/\s*)?(\d{1,2})\s*/\s*(\d{4})(?!\d)`;
const REVERSED = new RegExp(
  String.raw`(?<![\d/])(?:tu\s*)?(?:(?:thang|t)\.?\s*)?${END}\s*(?:-|den(?![a-z])|toi(?![a-z]))\s*(?:het\s+)?(?:(?:thang|t)\.?\s*)?${END}`,
  "g"
);

const LAST_DAY = 31;

function endOf(day: string | undefined, month: string | undefined, year: string | undefined) {
  const value = {
    day: day === undefined ? 1 : Number(day),
    month: Number(month),
    year: Number(year),
  };
  const validDay = value.day >= 1 && value.day <= LAST_DAY;
  return validDay && isValidMonthYear(value) ? { value, hasDay: day !== undefined } : undefined;
}

export function findReversedRanges(text: string): ReversedRange[] {
  const folded = foldForSearch(text);
  const found: ReversedRange[] = [];
  for (const match of folded.text.matchAll(REVERSED)) {
    const [whole, d1, m1, y1, d2, m2, y2] = match;
    const start = endOf(d1, m1, y1);
    const end = endOf(d2, m2, y2);
    if (!start || !end) continue;
    // Compare days only when both ends give one ("15/9/2025 - 9/2025" compares months).
    const bothDays = start.hasDay && end.hasDay;
    const order = bothDays
      ? compareDates(start.value, end.value)
      : compareDates({ ...start.value, day: 1 }, { ...end.value, day: 1 });
    if (order <= 0) continue;
    found.push({
      text: sourceSlice(text, folded, match.index, match.index + whole.length).trim(),
      start: start.value,
      end: end.value,
    });
  }
  return found;
}
