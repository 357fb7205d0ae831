/** As `deadline-not-understood`, for the "Thời điểm báo cáo" column. */
import { defineRule } from "./support/define-rule";
import { reportUnreadTimes } from "./support/not-understood";

export const reportTimeNotUnderstood = defineRule({
  id: "report-time-not-understood",
  severity: "warning",
  title: { vi: "Thời điểm báo cáo không rõ", en: "Report time not understood" },
  description: {
    vi: "Thời điểm báo cáo (hoặc một phần của nó) không đọc được thành tháng/năm.",
    en: "A report time (or part of it) cannot be read as months.",
  },
  run(context, report) {
    reportUnreadTimes(context, report, "reportTime");
  },
});
