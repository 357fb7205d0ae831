/** As `deadline-outside-school-year`, for the "Thời điểm báo cáo" column. */
import { defineRule } from "./support/define-rule";
import { reportOutsideSchoolYear } from "./support/outside-school-year";

export const reportTimeOutsideSchoolYear = defineRule({
  id: "report-time-outside-school-year",
  severity: "warning",
  title: { vi: "Thời điểm báo cáo ngoài năm học", en: "Report time outside the school year" },
  description: {
    vi: "Thời điểm báo cáo nằm ngoài năm học của kế hoạch.",
    en: "A report time lies outside the plan's school year.",
  },
  run(context, report) {
    reportOutsideSchoolYear(context, report, "reportTime");
  },
});
