/** A criterion title cut short ("Hội đồng trường" for 1.2): readable, but the full title is better. */
import { criterionLocation, circularName } from "./support/criteria";
import { writtenCriterionTitles } from "./support/criterion-titles";
import { defineRule } from "./support/define-rule";
import { tablesByIndex } from "./support/plan-tables";
import { officialTitleFix } from "./support/title-fix";
import { quote } from "./support/text";

export const criterionTitleTruncated = defineRule({
  id: "criterion-title-truncated",
  severity: "tip",
  title: { vi: "Tên tiêu chí chưa đầy đủ", en: "Criterion title incomplete" },
  description: {
    vi: "Tên tiêu chí ghi tắt, thiếu một phần so với tên đầy đủ trong thông tư.",
    en: "A criterion title is cut short compared with the full title in the circular.",
  },
  run(context, report) {
    const tables = tablesByIndex(context.plan);
    const circular = circularName(context);
    for (const { row, title, match } of writtenCriterionTitles(context)) {
      if (match.verdict !== "truncated" || match.codeMismatch) continue;
      const official = match.candidate.matchedWording;
      const code = row.criterionCode;
      report({
        message: {
          vi: `Tên tiêu chí ${code} ${quote(title)} chưa đầy đủ. Tên đầy đủ theo ${circular.vi}: “${official}”.`,
          en: `The title of criterion ${code} ${quote(title)} is incomplete. The full title in ${circular.en}: “${official}”.`,
        },
        location: criterionLocation(row, tables.get(row.tableIndex)),
        criterion: code,
        text: title,
        fix: officialTitleFix(context, row.criterionCell, title, official),
      });
    }
  },
});
