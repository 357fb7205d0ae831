/**
 * "Năm học 2021-2022 và các năm tiếp theo": a task with no end cannot be judged done. A plan is
 * made for one school year; what runs on belongs in next year's plan.
 */
import { defineRule } from "./support/define-rule";
import { cellLocation } from "./support/location";
import { rowLabel } from "./support/row-label";
import { schoolYearName } from "./support/school-year";
import { timeCells } from "./support/time-cells";
import { quote } from "./support/text";

export const openEndedDeadline = defineRule({
  id: "open-ended-deadline",
  severity: "warning",
  title: { vi: "Thời gian không có hạn kết thúc", en: "Open-ended deadline" },
  description: {
    vi: "Thời gian thực hiện không có điểm kết thúc (“… và các năm tiếp theo”).",
    en: "A deadline has no end (“… và các năm tiếp theo”, “and the following years”).",
  },
  run(context, report) {
    const schoolYear = context.plan.metadata.schoolYear;
    const year = schoolYear
      ? {
          vi: `năm học ${schoolYearName(schoolYear.startYear)}`,
          en: `the ${schoolYearName(schoolYear.startYear)} school year`,
        }
      : { vi: "năm học của kế hoạch", en: "the plan's school year" };
    for (const { row, cell, time } of timeCells(context, "deadline")) {
      if (!time.openEnded) continue;
      const label = rowLabel(row);
      report({
        message: {
          vi: `Thời gian thực hiện ${quote(cell.text)} ở ${label.vi} không có thời hạn hoàn thành. Ghi tháng hoàn thành trong ${year.vi}; phần việc kéo dài sang năm sau đưa vào kế hoạch năm sau.`,
          en: `The deadline ${quote(cell.text)} in ${label.en} has no end. Write the month the task ends within ${year.en}; work that continues belongs in next year's plan.`,
        },
        location: cellLocation(row, "deadline", cell),
        criterion: row.criterionCode,
        text: cell.text,
      });
    }
  },
});
