/** Where the plan has a report-time column, each task should say when it reports. */
import { defineRule } from "./support/define-rule";
import { reportMissingCells } from "./support/missing-cell";
import { rowSubject } from "./support/row-label";

export const missingReportTime = defineRule({
  id: "missing-report-time",
  severity: "tip",
  title: { vi: "Thiếu thời điểm báo cáo", en: "No report time" },
  description: {
    vi: "Bảng có cột thời điểm báo cáo nhưng dòng kế hoạch để trống.",
    en: "The table has a report-time column but the row leaves it empty.",
  },
  run(context, report) {
    // The column is optional: only rows of tables that have it are reported.
    reportMissingCells(context, report, {
      role: "reportTime",
      rowMessage: (row) => {
        const subject = rowSubject(row);
        return {
          vi: `${subject.vi} chưa ghi thời điểm báo cáo. Ghi tháng báo cáo kết quả (ví dụ: cuối học kỳ I, cuối năm học).`,
          en: `${subject.en} has no report time. Write when the result is reported (e.g. end of term I, end of the school year).`,
        };
      },
    });
  },
});
