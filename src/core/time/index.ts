/** Time expressions of plan cells, school years, and the month arithmetic rules need. */
export type {
  DayMonthYear,
  MonthYear,
  Position,
  SchoolYearRange,
  TimeExpression,
  TimePart,
  TimePartKind,
  TimeStatus,
  Vagueness,
} from "./types";
export { parseTimeExpression } from "./parse";
export { combinedSpan, partSpan } from "./span";
export { findSchoolYearMentions, parseSchoolYear, type SchoolYearMention } from "./school-year";
export {
  MAX_YEAR,
  MIN_YEAR,
  compareDates,
  compareMonthYear,
  daysInMonth,
  isWithin,
  monthInSchoolYear,
  schoolYearWindow,
  type MonthSpan,
} from "./calendar";
