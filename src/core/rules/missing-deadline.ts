/** A task without a deadline cannot be followed up: the reviewer asks for months, not intentions. */
import { defineRule } from "./support/define-rule";
import { reportMissingCells } from "./support/missing-cell";
import { rowSubject, tableLabel } from "./support/row-label";
import { deadlineExample } from "./support/school-year";
import { capitalize } from "./support/text";

export const missingDeadline = defineRule({
  id: "missing-deadline",
  severity: "error",
  title: { vi: "Thiếu thời gian", en: "No deadline" },
  description: {
    vi: "Dòng kế hoạch chưa ghi thời gian thực hiện, hoặc bảng không có cột thời gian.",
    en: "A plan row has no deadline, or the table has no column for it.",
  },
  run(context, report) {
    const example = deadlineExample(context.plan);
    reportMissingCells(context, report, {
      role: "deadline",
      rowMessage: (row) => {
        const subject = rowSubject(row);
        return {
          vi: `${subject.vi} chưa ghi thời gian thực hiện. Ghi tháng bắt đầu và tháng hoàn thành (${example.vi}).`,
          en: `${subject.en} has no deadline. Write the start and end months (${example.en}).`,
        };
      },
      tableMessage: (table) => {
        const label = tableLabel(table);
        return {
          vi: `${capitalize(label.vi)} không có cột thời gian thực hiện. Thêm cột “Thời gian thực hiện” và ghi tháng hoàn thành từng nội dung.`,
          en: `${capitalize(label.en)} has no deadline column. Add a “Thời gian thực hiện” column and give each task its months.`,
        };
      },
      planMessage: {
        vi: "Bảng kế hoạch không có cột thời gian thực hiện. Thêm cột “Thời gian thực hiện và hoàn thành” và ghi tháng cho từng nội dung.",
        en: "The plan table has no deadline column. Add a “Thời gian thực hiện và hoàn thành” column and give each task its months.",
      },
    });
  },
});
