/**
 * "Tiêu chí 2.2: Đối với nhân viên": the code says 2.2, the title is 2.3's. Which one is wrong
 * cannot be told from the row, so there is no fix; the reader decides.
 */
import { criterionLocation } from "./support/criteria";
import { writtenCriterionTitles } from "./support/criterion-titles";
import { defineRule } from "./support/define-rule";
import { tablesByIndex } from "./support/plan-tables";
import { quote } from "./support/text";

export const criterionCodeTitleConflict = defineRule({
  id: "criterion-code-title-conflict",
  severity: "warning",
  title: { vi: "Mã và tên tiêu chí không khớp", en: "Criterion code and title disagree" },
  description: {
    vi: "Mã tiêu chí và tên tiêu chí không khớp: tên ghi là tên của một tiêu chí khác.",
    en: "A criterion's code and title disagree: the title is another criterion's.",
  },
  run(context, report) {
    const tables = tablesByIndex(context.plan);
    for (const { row, title, match } of writtenCriterionTitles(context)) {
      if (match.verdict === "empty" || match.verdict === "unrelated") continue;
      if (!match.codeMismatch) continue;
      const code = row.criterionCode;
      const other = match.candidate;
      report({
        message: {
          vi: `Dòng ghi tiêu chí ${code} nhưng tên ${quote(title)} là tên của tiêu chí ${other.code} (“${other.officialTitle}”). Kiểm tra lại mã hoặc tên tiêu chí.`,
          en: `The row says criterion ${code} but the title ${quote(title)} is that of criterion ${other.code} (“${other.officialTitle}”). Check the code or the title.`,
        },
        location: criterionLocation(row, tables.get(row.tableIndex)),
        criterion: code,
        text: title,
      });
    }
  },
});
