/** The same TT number twice in one sequence: a copied row, or numbering that went wrong. */
import { defineRule } from "./support/define-rule";
import { cachedNumberingIssues } from "./support/numbering";

export const duplicateNumber = defineRule({
  id: "duplicate-number",
  severity: "warning",
  title: { vi: "Số thứ tự trùng", en: "Repeated row number" },
  description: {
    vi: "Số thứ tự (TT) bị trùng với một dòng ở trên.",
    en: "A row number (TT) repeats one above it.",
  },
  run(context, report) {
    for (const issue of cachedNumberingIssues(context.plan)) {
      if (issue.kind !== "duplicate") continue;
      const group = issue.row.kind === "standardGroup";
      report({
        message: {
          vi: `Số thứ tự ${issue.text} bị trùng: đã có ${group ? "tiêu chuẩn" : "dòng"} số ${issue.number} ở trên. Đánh lại số thứ tự (dòng này có thể là số ${issue.expected}).`,
          en: `Number ${issue.text} repeats: a ${group ? "standard" : "row"} numbered ${issue.number} comes earlier. Renumber (this one may be ${issue.expected}).`,
        },
        location: issue.location,
        criterion: issue.row.kind === "action" ? issue.row.criterionCode : undefined,
        text: issue.text,
      });
    }
  },
});
