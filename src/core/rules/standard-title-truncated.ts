/** "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị" for "… thiết bị dạy học": a tip, with the full title. */
import { findStandard } from "../catalog";
import { circularName, standardTitleMatch } from "./support/criteria";
import { defineRule } from "./support/define-rule";
import { mentionTitleFix, standardMentions } from "./support/standard-mentions";
import { isBlank, quote } from "./support/text";

export const standardTitleTruncated = defineRule({
  id: "standard-title-truncated",
  severity: "tip",
  title: { vi: "Tên tiêu chuẩn chưa đầy đủ", en: "Standard title incomplete" },
  description: {
    vi: "Tên tiêu chuẩn ghi tắt, thiếu một phần so với tên đầy đủ trong thông tư.",
    en: "A standard title is cut short compared with the full title in the circular.",
  },
  run(context, report) {
    const circular = circularName(context);
    for (const mention of standardMentions(context)) {
      if (isBlank(mention.titleAsWritten) || !findStandard(context.catalog, mention.code)) continue;
      const match = standardTitleMatch(context, mention.code, mention.titleAsWritten);
      if (match.verdict !== "truncated" || match.codeMismatch) continue;
      const official = match.candidate.matchedWording;
      const written = mention.titleAsWritten;
      report({
        message: {
          vi: `Tên Tiêu chuẩn ${mention.code} ${quote(written)} chưa đầy đủ. Tên đầy đủ theo ${circular.vi}: “${official}”.`,
          en: `The title of standard ${mention.code} ${quote(written)} is incomplete. The full title in ${circular.en}: “${official}”.`,
        },
        location: mention.location,
        text: written,
        fix: mentionTitleFix(context, mention, written, official),
      });
    }
  },
});
