/** Month arithmetic and the school-year window used for date checks. */
import type { DayMonthYear, MonthYear } from "./types";

/** Years outside this range are typing slips ("20222", "1022"), not plan dates. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** The month a school year starts in: a school year Y–Y+1 covers 8/Y through 7/Y+1. */
export const SCHOOL_YEAR_FIRST_MONTH = 8;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}

/** Days in a month; February has 29 when `year` is a leap year or unknown. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDay(day: number, month: number, year?: number): boolean {
  return isMonth(month) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

/** Negative when `a` is before `b`, 0 when the same month, positive when after. */
export function compareMonthYear(a: MonthYear, b: MonthYear): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

export function compareDates(a: DayMonthYear, b: DayMonthYear): number {
  return compareMonthYear(a, b) || a.day - b.day;
}

export interface MonthSpan {
  start: MonthYear;
  end: MonthYear;
}

/** The months school year `startYear`–`startYear + 1` covers for date checks: 8/Y through 7/Y+1. */
export function schoolYearWindow(startYear: number): MonthSpan {
  return {
    start: { year: startYear, month: SCHOOL_YEAR_FIRST_MONTH },
    end: { year: startYear + 1, month: SCHOOL_YEAR_FIRST_MONTH - 1 },
  };
}

export function isWithin(month: MonthYear, span: MonthSpan): boolean {
  return compareMonthYear(month, span.start) >= 0 && compareMonthYear(month, span.end) <= 0;
}

/** The year a month without a year ("15/8", "Tháng 3") falls in, within school year `startYear`. */
export function monthInSchoolYear(month: number, schoolYearStart: number): MonthYear {
  return {
    year: month >= SCHOOL_YEAR_FIRST_MONTH ? schoolYearStart : schoolYearStart + 1,
    month,
  };
}
