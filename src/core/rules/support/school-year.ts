/** The plan's school year as rules use it: its window and the example dates messages suggest. */
import type { Plan } from "../../model/plan";
import type { LocalizedText } from "../../model/localized";
import { schoolYearWindow, type MonthSpan } from "../../time";

export function planWindow(plan: Plan): MonthSpan | undefined {
  const schoolYear = plan.metadata.schoolYear;
  return schoolYear ? schoolYearWindow(schoolYear.startYear) : undefined;
}

/** "2025–2026" */
export function schoolYearName(startYear: number): string {
  return `${startYear}\u2013${startYear + 1}`;
}

/** Teaching months of the plan's year as staff write them: "9/2025 – 5/2026". */
export function teachingMonths(plan: Plan): string | undefined {
  const schoolYear = plan.metadata.schoolYear;
  if (!schoolYear) return undefined;
  return `9/${schoolYear.startYear} \u2013 5/${schoolYear.startYear + 1}`;
}

/** ", ví dụ 9/2025 – 5/2026" for the plan's year; a generic form without one. */
export function deadlineExample(plan: Plan): LocalizedText {
  const months = teachingMonths(plan);
  return months
    ? { vi: `ví dụ ${months}`, en: `e.g. ${months}` }
    : { vi: "ví dụ 9/2025 \u2013 5/2026", en: "e.g. 9/2025 \u2013 5/2026" };
}
