/**
 * Where the table has an expected-result column ("Kết quả cần đạt", "Mục tiêu", "Chỉ số kết quả"),
 * each task should say what result counts as done: without it the task cannot be judged at the
 * year's review (TT57 reportedly requires an expected result for every task).
 */
import { defineRule } from "./support/define-rule";
import { reportMissingCells } from "./support/missing-cell";
import { rowSubject } from "./support/row-label";

export const missingTarget = defineRule({
  id: "missing-target",
  severity: "warning",
  title: { vi: "Thiếu kết quả cần đạt", en: "No expected result" },
  description: {
    vi: "Bảng có cột kết quả cần đạt nhưng dòng kế hoạch để trống.",
    en: "The table has an expected-result column but the row leaves it empty.",
  },
  run(context, report) {
    // The column is optional: only rows of tables that have it are reported.
    reportMissingCells(context, report, {
      role: "target",
      rowMessage: (row) => {
        const subject = rowSubject(row);
        return {
          vi: `${subject.vi} chưa ghi kết quả cần đạt. Ghi kết quả cụ thể, đo được (ví dụ: “100% giáo viên sử dụng được phần mềm quản lý”).`,
          en: `${subject.en} has no expected result. Write a concrete, measurable result (e.g. “every teacher can use the management software”).`,
        };
      },
    });
  },
});
