/**
 * A deadline that had passed when the plan was signed ("10/2025" in a plan dated 06/4/2026) was
 * either copied without thought or describes work already done: the reviewer asks which.
 * Compared by month: a deadline in the month of the plan's date is fine. Deadlines wholly before
 * the plan's school year are left to `deadline-outside-school-year`.
 */
import { compareMonthYear } from "../time";
import { defineRule } from "./support/define-rule";
import { cellLocation } from "./support/location";
import { rowLabel } from "./support/row-label";
import { planWindow } from "./support/school-year";
import { timeCells } from "./support/time-cells";
import { formatDate } from "./support/time-values";
import { quote } from "./support/text";

export const deadlineBeforePlanDate = defineRule({
  id: "deadline-before-plan-date",
  severity: "warning",
  title: { vi: "Thời hạn đã qua khi ban hành", en: "Deadline before the plan's date" },
  description: {
    vi: "Thời gian thực hiện đã kết thúc trước ngày ban hành kế hoạch.",
    en: "A deadline ends before the date the plan was issued.",
  },
  run(context, report) {
    const date = context.plan.metadata.date;
    if (!date) return;
    const dateText = formatDate(date);
    const window = planWindow(context.plan);
    for (const { row, cell, time } of timeCells(context, "deadline")) {
      if (!time.span || compareMonthYear(time.span.end, date) >= 0) continue;
      // Wholly before the plan's school year: `deadline-outside-school-year` says it better.
      if (window && compareMonthYear(time.span.end, window.start) < 0) continue;
      const label = rowLabel(row);
      report({
        message: {
          vi: `Thời gian thực hiện ${quote(cell.text)} ở ${label.vi} đã qua trước ngày ban hành kế hoạch (${dateText}). Ghi thời hạn còn ở phía trước, hoặc chuyển việc đã làm xong sang phần kết quả.`,
          en: `The deadline ${quote(cell.text)} in ${label.en} had passed before the plan was issued (${dateText}). Give a deadline still ahead, or move work already done to the results.`,
        },
        location: cellLocation(row, "deadline", cell),
        criterion: row.criterionCode,
        text: cell.text,
      });
    }
  },
});
