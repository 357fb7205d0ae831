/** An administrative document is dated ("…, ngày 06 tháng 4 năm 2026"); a plan without a date is a draft. */
import { defineRule } from "./support/define-rule";

export const missingPlanDate = defineRule({
  id: "missing-plan-date",
  severity: "tip",
  title: { vi: "Thiếu ngày ban hành", en: "No date of issue" },
  description: {
    vi: "Kế hoạch chưa ghi địa danh, ngày tháng ban hành.",
    en: "The plan has no place and date of issue.",
  },
  run(context, report) {
    if (context.plan.metadata.date) return;
    report({
      message: {
        vi: "Kế hoạch chưa ghi ngày ban hành. Ghi địa danh và ngày tháng năm dưới quốc hiệu (ví dụ “…, ngày 06 tháng 4 năm 2026”).",
        en: "The plan has no date of issue. Write the place and date under the national motto (e.g. “…, ngày 06 tháng 4 năm 2026”).",
      },
      location: {},
    });
  },
});
