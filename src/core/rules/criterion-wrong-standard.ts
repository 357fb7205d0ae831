/**
 * "Tiêu chí 3.2" under "Tiêu chuẩn 2": either the code or the group row above it is wrong. The
 * row's standard comes from its group row or table heading, never from the code (see plan.ts).
 */
import { findCriterion, findStandard } from "../catalog";
import { criterionLocation, rowsWithCriterion } from "./support/criteria";
import { defineRule } from "./support/define-rule";
import { tablesByIndex } from "./support/plan-tables";

export const criterionWrongStandard = defineRule({
  id: "criterion-wrong-standard",
  severity: "error",
  title: { vi: "Tiêu chí đặt sai tiêu chuẩn", en: "Criterion under the wrong standard" },
  description: {
    vi: "Tiêu chí được ghi dưới một tiêu chuẩn khác với tiêu chuẩn chứa nó (ví dụ tiêu chí 3.2 dưới Tiêu chuẩn 2).",
    en: "A criterion is listed under a standard it does not belong to (e.g. criterion 3.2 under standard 2).",
  },
  run(context, report) {
    const tables = tablesByIndex(context.plan);
    for (const row of rowsWithCriterion(context)) {
      if (row.standardCode === undefined) continue;
      const criterion = findCriterion(context.catalog, row.criterionCode);
      // Unknown codes are `unknown-criterion`'s; unknown standards `unknown-standard`'s.
      if (!criterion || !findStandard(context.catalog, row.standardCode)) continue;
      if (criterion.standardCode === row.standardCode) continue;
      const standard = findStandard(context.catalog, criterion.standardCode);
      const belongs = standard
        ? {
            vi: `Tiêu chuẩn ${standard.code} “${standard.title}”`,
            en: `standard ${standard.code} “${standard.title}”`,
          }
        : { vi: `Tiêu chuẩn ${criterion.standardCode}`, en: `standard ${criterion.standardCode}` };
      report({
        message: {
          vi: `Tiêu chí ${criterion.code} đang nằm dưới Tiêu chuẩn ${row.standardCode}, nhưng tiêu chí ${criterion.code} thuộc ${belongs.vi}. Sửa lại mã tiêu chí hoặc chuyển dòng này về đúng tiêu chuẩn.`,
          en: `Criterion ${criterion.code} is listed under standard ${row.standardCode}, but it belongs to ${belongs.en}. Correct the code or move the row under the right standard.`,
        },
        location: criterionLocation(row, tables.get(row.tableIndex)),
        criterion: criterion.code,
        text: row.criterionCode,
      });
    }
  },
});
