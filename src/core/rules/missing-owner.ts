/** Every task needs someone in charge: the first thing a reviewer looks for in a plan row. */
import { defineRule } from "./support/define-rule";
import { reportMissingCells } from "./support/missing-cell";
import { rowSubject, tableLabel } from "./support/row-label";
import { capitalize } from "./support/text";

export const missingOwner = defineRule({
  id: "missing-owner",
  severity: "error",
  title: { vi: "Thiếu người chủ trì", en: "No owner" },
  description: {
    vi: "Dòng kế hoạch chưa ghi người chủ trì thực hiện, hoặc bảng không có cột người thực hiện.",
    en: "A plan row names no person in charge, or the table has no column for it.",
  },
  run(context, report) {
    reportMissingCells(context, report, {
      role: "owner",
      rowMessage: (row) => {
        const subject = rowSubject(row);
        return {
          vi: `${subject.vi} chưa ghi người chủ trì thực hiện. Ghi rõ người hoặc bộ phận chịu trách nhiệm (ví dụ: HT, PHT, Tổ CM).`,
          en: `${subject.en} names no person in charge. Write who is responsible (e.g. the principal, a vice-principal, a subject group).`,
        };
      },
      tableMessage: (table) => {
        const label = tableLabel(table);
        return {
          vi: `${capitalize(label.vi)} không có cột người chủ trì thực hiện. Thêm cột “Người thực hiện” và ghi người phụ trách từng nội dung.`,
          en: `${capitalize(label.en)} has no column for the person in charge. Add a “Người thực hiện” column and name who is responsible for each task.`,
        };
      },
      planMessage: {
        vi: "Bảng kế hoạch không có cột người chủ trì thực hiện. Thêm cột “Chủ trì và phối hợp thực hiện” và ghi người phụ trách từng nội dung.",
        en: "The plan table has no column for the person in charge. Add a “Chủ trì và phối hợp thực hiện” column and name who is responsible for each task.",
      },
    });
  },
});
