/** Month/year values and how messages write them. */
import { MAX_YEAR, MIN_YEAR, compareDates, type DayMonthYear, type MonthYear } from "../../time";

export { compareDates, type DayMonthYear };

export function isValidMonthYear(value: MonthYear): boolean {
  return (
    Number.isInteger(value.month) &&
    value.month >= 1 &&
    value.month <= 12 &&
    value.year >= MIN_YEAR &&
    value.year <= MAX_YEAR
  );
}

/** "9/2025" */
export function formatMonth(value: MonthYear): string {
  return `${value.month}/${value.year}`;
}

/** "06/4/2026": a leading zero for days 1–9 and months 1–2, as administrative documents write dates. */
export function formatDate(value: DayMonthYear): string {
  const day = String(value.day).padStart(2, "0");
  const month = value.month <= 2 ? String(value.month).padStart(2, "0") : String(value.month);
  return `${day}/${month}/${value.year}`;
}
