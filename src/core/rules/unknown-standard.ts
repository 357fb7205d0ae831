/** "Tiêu chuẩn 6" in a mầm non plan: the 2018 circulars have five standards, TT57 four. */
import { findStandard } from "../catalog";
import { circularName } from "./support/criteria";
import { defineRule } from "./support/define-rule";
import { standardMentions } from "./support/standard-mentions";

export const unknownStandard = defineRule({
  id: "unknown-standard",
  severity: "error",
  title: { vi: "Tiêu chuẩn không có trong thông tư", en: "Standard not in the circular" },
  description: {
    vi: "Số tiêu chuẩn không có trong thông tư áp dụng (ví dụ Tiêu chuẩn 6 ở trường mầm non).",
    en: "A standard number does not exist in the applicable circular (e.g. standard 6 in a preschool).",
  },
  run(context, report) {
    const circular = circularName(context);
    const count = context.catalog.standards.length;
    for (const mention of standardMentions(context)) {
      if (findStandard(context.catalog, mention.code)) continue;
      report({
        message: {
          vi: `Tiêu chuẩn ${mention.code} không có trong ${circular.vi} (chỉ có ${count} tiêu chuẩn). Kiểm tra lại số tiêu chuẩn.`,
          en: `Standard ${mention.code} does not exist in ${circular.en} (it has ${count} standards). Check the number.`,
        },
        location: mention.location,
        text: `Tiêu chuẩn ${mention.code}`,
      });
    }
  },
});
