/** TT numbers that skip or go back ("3" then "5"): a deleted row, or a slip when numbering. */
import { defineRule } from "./support/define-rule";
import { cachedNumberingIssues } from "./support/numbering";

export const numberOutOfOrder = defineRule({
  id: "number-out-of-order",
  severity: "tip",
  title: { vi: "Số thứ tự không liền mạch", en: "Row numbers out of order" },
  description: {
    vi: "Số thứ tự (TT) không liên tiếp: bỏ cách hoặc lùi lại so với dòng trước.",
    en: "Row numbers (TT) are not consecutive: a number is skipped or goes back.",
  },
  run(context, report) {
    for (const issue of cachedNumberingIssues(context.plan)) {
      if (issue.kind !== "out-of-order") continue;
      const after =
        issue.previous === undefined
          ? { vi: "ở đầu bảng", en: "at the start" }
          : { vi: `sau số ${issue.previous}`, en: `after ${issue.previous}` };
      report({
        message: {
          vi: `Số thứ tự ${issue.text} đứng ${after.vi}; số tiếp theo đúng ra là ${issue.expected}. Kiểm tra xem có thiếu dòng hoặc đánh số nhầm không.`,
          en: `Number ${issue.text} comes ${after.en}; the next number would be ${issue.expected}. Check for a missing row or a numbering slip.`,
        },
        location: issue.location,
        criterion: issue.row.kind === "action" ? issue.row.criterionCode : undefined,
        text: issue.text,
      });
    }
  },
});
