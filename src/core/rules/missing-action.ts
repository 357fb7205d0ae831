/**
 * A row that says what is weak but not what will be done about it (or says nothing at all) is not
 * a plan. Tables with an action column need it filled; tables without one (a single "Nội dung"
 * column) need their content or target filled.
 */
import type { ActionRow, PlanTable } from "../model/plan";
import type { RuleContext } from "./types";
import { defineRule, type Report } from "./support/define-rule";
import { cellLocation } from "./support/location";
import { hasColumn, tablesByIndex } from "./support/plan-tables";
import { cellValue } from "./support/row-cells";
import { rowSubject } from "./support/row-label";
import { looksShifted } from "./support/shift";

function checkActionColumn(context: RuleContext, report: Report, row: ActionRow, table: PlanTable) {
  const action = cellValue(context, row, "action");
  if (!action.blank || action.mergedFromAbove) return;
  if (!action.cell && looksShifted(context, row, table)) return;
  const subject = rowSubject(row);
  report({
    message: {
      vi: `${subject.vi} chưa ghi biện pháp, giải pháp thực hiện. Ghi cụ thể việc sẽ làm để khắc phục.`,
      en: `${subject.en} has no actions. Write what will be done to improve.`,
    },
    location: cellLocation(row, "action", action.cell),
    criterion: row.criterionCode,
  });
}

function checkContent(context: RuleContext, report: Report, row: ActionRow) {
  const filled = (["weakness", "target"] as const).some((role) => {
    const value = cellValue(context, row, role);
    return !value.blank || value.mergedFromAbove;
  });
  if (filled) return;
  const subject = rowSubject(row);
  report({
    message: {
      vi: `${subject.vi} chưa ghi nội dung cải tiến. Ghi điều cần cải tiến và việc sẽ làm.`,
      en: `${subject.en} says nothing about what to improve. Write the weakness and what will be done.`,
    },
    location: { tableIndex: row.tableIndex, rowIndex: row.rowIndex },
    criterion: row.criterionCode,
  });
}

export const missingAction = defineRule({
  id: "missing-action",
  severity: "error",
  title: { vi: "Thiếu giải pháp", en: "No action" },
  description: {
    vi: "Dòng kế hoạch chưa ghi biện pháp, giải pháp thực hiện (hoặc không có nội dung cải tiến nào).",
    en: "A plan row has no actions (or no content to improve at all).",
  },
  run(context, report) {
    const tables = tablesByIndex(context.plan);
    for (const row of context.plan.rows) {
      if (row.kind !== "action") continue;
      const table = tables.get(row.tableIndex);
      if (!table) continue;
      if (hasColumn(table, "action")) checkActionColumn(context, report, row, table);
      else checkContent(context, report, row);
    }
  },
});
