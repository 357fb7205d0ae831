/** How messages name a column, in words a principal uses for the plan's table. */
import type { ColumnRole } from "../../model/plan";
import type { LocalizedText } from "../../model/localized";

export const COLUMN_NAMES: Record<ColumnRole, LocalizedText> = {
  number: { vi: "số thứ tự (TT)", en: "number (TT)" },
  standard: { vi: "tiêu chuẩn", en: "standard" },
  criterion: { vi: "tiêu chí", en: "criterion" },
  weakness: { vi: "nội dung cần cải tiến", en: "content to improve" },
  target: { vi: "kết quả cần đạt", en: "expected result" },
  action: { vi: "biện pháp, giải pháp thực hiện", en: "actions" },
  owner: { vi: "người chủ trì thực hiện", en: "person in charge" },
  deadline: { vi: "thời gian thực hiện", en: "deadline" },
  monitor: { vi: "người giám sát", en: "monitor" },
  reportTime: { vi: "thời điểm báo cáo", en: "report time" },
  cost: { vi: "kinh phí", en: "cost" },
  support: { vi: "điều kiện hỗ trợ", en: "other support" },
  evidence: { vi: "minh chứng", en: "evidence" },
  note: { vi: "ghi chú", en: "note" },
  status: { vi: "mức độ", en: "status" },
  unknown: { vi: "cột chưa rõ", en: "unrecognised column" },
};
