/**
 * Plans are made criterion by criterion (the self-assessment report judges each one). A plan whose
 * rows name no criterion at all (only standards, as in one-table-per-standard plans) gets one tip;
 * in a plan that does name criteria, each table whose rows name none gets one. Single rows without
 * a code among coded rows are left alone — they are often a second action under the criterion above.
 */
import { defineRule } from "./support/define-rule";
import { actionRowsByTable, tablesByIndex } from "./support/plan-tables";
import { tableLabel } from "./support/row-label";

export const missingCriterion = defineRule({
  id: "missing-criterion",
  severity: "tip",
  title: { vi: "Chưa ghi tiêu chí", en: "No criterion named" },
  description: {
    vi: "Bảng kế hoạch không ghi tiêu chí nào cho các nội dung cải tiến (chỉ ghi theo tiêu chuẩn).",
    en: "A plan table names no criterion for its tasks (only standards).",
  },
  run(context, report) {
    const tables = tablesByIndex(context.plan);
    const byTable = actionRowsByTable(context.plan);
    if (byTable.size === 0) return;
    const anyCriterion = context.plan.rows.some(
      (row) => row.kind === "action" && row.criterionCode !== undefined
    );
    if (!anyCriterion) {
      report({
        message: {
          vi: "Các nội dung cải tiến trong kế hoạch chưa ghi tiêu chí (ví dụ “Tiêu chí 1.8”), chỉ ghi theo tiêu chuẩn. Ghi rõ tiêu chí cho từng nội dung để đối chiếu với báo cáo tự đánh giá.",
          en: "The plan's tasks name no criterion (e.g. “Tiêu chí 1.8”), only standards. Name the criterion of each task so it can be matched with the self-assessment report.",
        },
        location: {},
      });
      return;
    }
    for (const [tableIndex, rows] of byTable) {
      if (rows.some((row) => row.criterionCode !== undefined)) continue;
      const table = tables.get(tableIndex);
      if (!table) continue;
      const label = tableLabel(table);
      report({
        message: {
          vi: `Các nội dung trong ${label.vi} chưa ghi tiêu chí (ví dụ “Tiêu chí 1.8”). Ghi rõ tiêu chí cho từng nội dung để đối chiếu với báo cáo tự đánh giá.`,
          en: `The tasks in ${label.en} name no criterion (e.g. “Tiêu chí 1.8”). Name the criterion of each task so it can be matched with the self-assessment report.`,
        },
        location: { tableIndex },
      });
    }
  },
});
