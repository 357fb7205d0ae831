/**
 * A report due before the work starts reports on nothing: usually a slipped month or year
 * ("Thời điểm báo cáo 10/2025" for a task from 12/2025). Compared month by month: a report in
 * the month the work starts is fine.
 */
import { compareMonthYear } from "../time";
import { defineRule } from "./support/define-rule";
import { cellLocation } from "./support/location";
import { ownCell } from "./support/row-cells";
import { rowLabel } from "./support/row-label";
import { formatMonth } from "./support/time-values";
import { quote } from "./support/text";

export const reportBeforeStart = defineRule({
  id: "report-before-start",
  severity: "error",
  title: { vi: "Báo cáo trước khi bắt đầu", en: "Report before the start" },
  description: {
    vi: "Thời điểm báo cáo sớm hơn lúc bắt đầu thực hiện công việc.",
    en: "The report time is earlier than the start of the work.",
  },
  run(context, report) {
    for (const row of context.plan.rows) {
      if (row.kind !== "action") continue;
      const reportCell = ownCell(context, row, "reportTime");
      const deadlineCell = ownCell(context, row, "deadline");
      if (!reportCell || !deadlineCell) continue;
      const reportSpan = context.timeOf(reportCell).span;
      const deadlineSpan = context.timeOf(deadlineCell).span;
      if (!reportSpan || !deadlineSpan) continue;
      if (compareMonthYear(reportSpan.end, deadlineSpan.start) >= 0) continue;
      const label = rowLabel(row);
      const start = formatMonth(deadlineSpan.start);
      report({
        message: {
          vi: `Thời điểm báo cáo ${quote(reportCell.text)} ở ${label.vi} sớm hơn lúc bắt đầu thực hiện (${start}, theo thời gian ${quote(deadlineCell.text)}). Kiểm tra lại tháng, năm của thời điểm báo cáo hoặc của thời gian thực hiện.`,
          en: `The report time ${quote(reportCell.text)} in ${label.en} is before the work starts (${start}, from the deadline ${quote(deadlineCell.text)}). Check the month and year of the report time or of the deadline.`,
        },
        location: cellLocation(row, "reportTime", reportCell),
        criterion: row.criterionCode,
        text: reportCell.text,
      });
    }
  },
});
