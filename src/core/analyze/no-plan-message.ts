/** What to tell the user when no plan table is found — and which table came close, if any. */
import type { LocalizedText } from "../model/localized";
import type { NearMissTable } from "../recognize";

const NOT_FOUND: LocalizedText = {
  vi: "Không tìm thấy bảng kế hoạch cải tiến chất lượng trong văn bản. Bảng kế hoạch cần có hàng tiêu đề cột, gồm cột người thực hiện hoặc thời gian, và cột nội dung, giải pháp hoặc tiêu chí.",
  en: "No improvement-plan table was found in the document. A plan table needs a header row naming an owner or deadline column, and a content, action or criterion column.",
};

function lacking(nearMiss: NearMissTable): LocalizedText {
  const responsibility = nearMiss.lacks.includes("responsibility");
  const content = nearMiss.lacks.includes("content");
  if (responsibility && content) {
    return {
      vi: "cột người thực hiện hoặc thời gian, và cột nội dung hoặc giải pháp",
      en: "an owner or deadline column, and a content or action column",
    };
  }
  if (responsibility)
    return { vi: "cột người thực hiện hoặc thời gian", en: "an owner or deadline column" };
  if (content)
    return {
      vi: "cột nội dung, giải pháp hoặc tiêu chí",
      en: "a content, action or criterion column",
    };
  return { vi: "đủ tiêu đề cột quen thuộc", en: "enough familiar column headers" };
}

export function noPlanMessage(nearMisses: readonly NearMissTable[]): LocalizedText {
  const nearMiss = nearMisses[0];
  if (!nearMiss) return NOT_FOUND;
  const number = nearMiss.tableIndex + 1;
  const lacks = lacking(nearMiss);
  return {
    vi: `${NOT_FOUND.vi} Bảng thứ ${number} trong văn bản gần giống bảng kế hoạch nhưng thiếu ${lacks.vi}.`,
    en: `${NOT_FOUND.en} Table ${number} in the document looks almost like a plan table but lacks ${lacks.en}.`,
  };
}
