/**
 * A standard title misspelled or without accents, in a group row or in the heading above a
 * table: the fix writes the official title in its place, in the cell or the paragraph.
 */
import { findStandard } from "../catalog";
import { circularName, standardTitleMatch } from "./support/criteria";
import { defineRule } from "./support/define-rule";
import { mentionTitleFix, standardMentions } from "./support/standard-mentions";
import { isBlank, quote } from "./support/text";

export const standardTitleMisspelled = defineRule({
  id: "standard-title-misspelled",
  severity: "warning",
  title: { vi: "Tên tiêu chuẩn viết sai", en: "Standard title misspelled" },
  description: {
    vi: "Tên tiêu chuẩn ghi sai chính tả, sai chữ hoặc thiếu dấu so với tên trong thông tư.",
    en: "A standard title is misspelled, has wrong words or lacks accents compared with the circular.",
  },
  run(context, report) {
    const circular = circularName(context);
    for (const mention of standardMentions(context)) {
      if (isBlank(mention.titleAsWritten) || !findStandard(context.catalog, mention.code)) continue;
      const match = standardTitleMatch(context, mention.code, mention.titleAsWritten);
      if (match.verdict !== "misspelled" || match.codeMismatch) continue;
      const official = match.candidate.matchedWording;
      const written = mention.titleAsWritten;
      report({
        message: match.accentsOnly
          ? {
              vi: `Tên Tiêu chuẩn ${mention.code} ${quote(written)} thiếu dấu tiếng Việt. Tên đúng theo ${circular.vi}: “${official}”.`,
              en: `The title of standard ${mention.code} ${quote(written)} lacks Vietnamese accents. The official title in ${circular.en}: “${official}”.`,
            }
          : {
              vi: `Tên Tiêu chuẩn ${mention.code} ghi là ${quote(written)}, khác tên trong ${circular.vi}: “${official}”. Sửa lại cho đúng tên tiêu chuẩn.`,
              en: `The title of standard ${mention.code} reads ${quote(written)}, unlike ${circular.en}: “${official}”. Use the official title.`,
            },
        location: mention.location,
        text: written,
        fix: mentionTitleFix(context, mention, written, official),
      });
    }
  },
});
