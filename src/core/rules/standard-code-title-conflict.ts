/** "Tiêu chuẩn 2: Cơ sở vật chất và thiết bị dạy học": the number is 2, the title is standard 3's. */
import { findStandard } from "../catalog";
import { standardTitleMatch } from "./support/criteria";
import { defineRule } from "./support/define-rule";
import { standardMentions } from "./support/standard-mentions";
import { isBlank, quote } from "./support/text";

export const standardCodeTitleConflict = defineRule({
  id: "standard-code-title-conflict",
  severity: "warning",
  title: { vi: "Số và tên tiêu chuẩn không khớp", en: "Standard number and title disagree" },
  description: {
    vi: "Số tiêu chuẩn và tên tiêu chuẩn không khớp: tên ghi là tên của một tiêu chuẩn khác.",
    en: "A standard's number and title disagree: the title is another standard's.",
  },
  run(context, report) {
    for (const mention of standardMentions(context)) {
      if (isBlank(mention.titleAsWritten) || !findStandard(context.catalog, mention.code)) continue;
      const match = standardTitleMatch(context, mention.code, mention.titleAsWritten);
      if (match.verdict === "empty" || match.verdict === "unrelated" || !match.codeMismatch) {
        continue;
      }
      const other = match.candidate;
      report({
        message: {
          vi: `Ghi Tiêu chuẩn ${mention.code} nhưng tên ${quote(mention.titleAsWritten)} là tên của Tiêu chuẩn ${other.code} (“${other.officialTitle}”). Kiểm tra lại số hoặc tên tiêu chuẩn.`,
          en: `It says standard ${mention.code} but the title ${quote(mention.titleAsWritten)} is that of standard ${other.code} (“${other.officialTitle}”). Check the number or the title.`,
        },
        location: mention.location,
        text: mention.titleAsWritten,
      });
    }
  },
});
