/**
 * "Số: /KH-MNLH": the number is often left blank while drafting and forgotten when issuing. A
 * tip: the office fills it in when the plan is registered.
 */
import { defineRule } from "./support/define-rule";

export const missingPlanNumber = defineRule({
  id: "missing-plan-number",
  severity: "tip",
  title: { vi: "Thiếu số kế hoạch", en: "No plan number" },
  description: {
    vi: "Kế hoạch chưa có số văn bản, hoặc để trống số (“Số: /KH-…”).",
    en: "The plan has no document number, or leaves it blank (“Số: /KH-…”).",
  },
  run(context, report) {
    const planNumber = context.plan.metadata.planNumber;
    if (!planNumber) {
      report({
        message: {
          vi: "Kế hoạch chưa có dòng số văn bản. Thêm “Số: …/KH-…” dưới tên trường (ghi số khi vào sổ văn bản đi).",
          en: "The plan has no document number line. Add “Số: …/KH-…” under the school's name (filled in when the plan is registered).",
        },
        location: {},
      });
      return;
    }
    if (!planNumber.blank) return;
    report({
      message: {
        vi: `Số kế hoạch đang để trống (${planNumber.text}). Nhớ ghi số khi ban hành.`,
        en: `The plan's number is blank (${planNumber.text}). Fill it in when the plan is issued.`,
      },
      location: { blockIndex: planNumber.blockIndex },
      text: planNumber.text,
    });
  },
});
