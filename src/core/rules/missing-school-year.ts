/** Without a school year in its title the plan cannot be dated, nor its deadlines checked. */
import { defineRule } from "./support/define-rule";

export const missingSchoolYear = defineRule({
  id: "missing-school-year",
  severity: "warning",
  title: { vi: "Thiếu năm học", en: "No school year" },
  description: {
    vi: "Kế hoạch không ghi năm học ở phần tiêu đề.",
    en: "The plan's title does not state its school year.",
  },
  run(context, report) {
    if (context.plan.metadata.schoolYear) return;
    report({
      message: {
        vi: "Kế hoạch chưa ghi năm học. Ghi năm học dưới tên kế hoạch (ví dụ “Năm học 2025 – 2026”); khi đó có thể kiểm tra thời gian thực hiện có nằm trong năm học hay không.",
        en: "The plan does not state its school year. Write it under the plan's title (e.g. “Năm học 2025 – 2026”); deadlines can then be checked against it.",
      },
      location: {},
    });
  },
});
