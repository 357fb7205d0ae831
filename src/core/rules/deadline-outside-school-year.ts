/** Deadlines outside the plan's school year: a slip of the year, or work for another year's plan. */
import { defineRule } from "./support/define-rule";
import { reportOutsideSchoolYear } from "./support/outside-school-year";

export const deadlineOutsideSchoolYear = defineRule({
  id: "deadline-outside-school-year",
  severity: "warning",
  title: { vi: "Thời gian ngoài năm học", en: "Deadline outside the school year" },
  description: {
    vi: "Thời gian thực hiện nằm ngoài năm học của kế hoạch (gõ nhầm năm, hoặc còn sót từ kế hoạch năm trước).",
    en: "A deadline lies outside the plan's school year (a mistyped year, or left over from last year's plan).",
  },
  run(context, report) {
    reportOutsideSchoolYear(context, report, "deadline");
  },
});
