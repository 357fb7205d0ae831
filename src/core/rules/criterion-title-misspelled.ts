/**
 * A criterion title typed from memory ("Khó khăn nhóm trẻ…" for "Khối phòng nhóm trẻ…") or
 * without accents: the fix writes the official wording in its place.
 */
import { criterionLocation, circularName } from "./support/criteria";
import { writtenCriterionTitles } from "./support/criterion-titles";
import { defineRule } from "./support/define-rule";
import { tablesByIndex } from "./support/plan-tables";
import { officialTitleFix } from "./support/title-fix";
import { quote } from "./support/text";

export const criterionTitleMisspelled = defineRule({
  id: "criterion-title-misspelled",
  severity: "warning",
  title: { vi: "Tên tiêu chí viết sai", en: "Criterion title misspelled" },
  description: {
    vi: "Tên tiêu chí ghi sai chính tả, sai chữ hoặc thiếu dấu so với tên trong thông tư.",
    en: "A criterion title is misspelled, has wrong words or lacks accents compared with the circular.",
  },
  run(context, report) {
    const tables = tablesByIndex(context.plan);
    const circular = circularName(context);
    for (const { row, title, match } of writtenCriterionTitles(context)) {
      if (match.verdict !== "misspelled" || match.codeMismatch) continue;
      const official = match.candidate.matchedWording;
      const location = criterionLocation(row, tables.get(row.tableIndex));
      const code = row.criterionCode;
      report({
        message: match.accentsOnly
          ? {
              vi: `Tên tiêu chí ${code} ${quote(title)} thiếu dấu tiếng Việt. Tên đúng theo ${circular.vi}: “${official}”.`,
              en: `The title of criterion ${code} ${quote(title)} lacks Vietnamese accents. The official title in ${circular.en}: “${official}”.`,
            }
          : {
              vi: `Tên tiêu chí ${code} ghi là ${quote(title)}, khác tên trong ${circular.vi}: “${official}”. Sửa lại cho đúng tên tiêu chí.`,
              en: `The title of criterion ${code} reads ${quote(title)}, unlike ${circular.en}: “${official}”. Use the official title.`,
            },
        location,
        criterion: code,
        text: title,
        fix: officialTitleFix(context, row.criterionCell, title, official),
      });
    }
  },
});
