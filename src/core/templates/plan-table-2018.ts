/**
 * The plan table for the 2018 circulars (TT17/18/19): the most complete layout seen in real plans.
 *
 * Why these columns (shared/reference/plans.md):
 * - The 2021 preschool layout (TT · Tiêu chuẩn, tiêu chí · … · Ghi chú) is the one most schools
 *   copy; its group rows ("MỨC 1, 2, 3", "1 · Tiêu chuẩn 2: …") and criterion cells
 *   ("Tiêu chí 2.3: …") are kept as they are.
 * - It writes the weakness into "Kết quả cần đạt (so với hiện trạng)": we give the weakness its own
 *   column ("Nội dung cần cải tiến") so the target column holds the target.
 * - The primary-school layout adds "Phân công giám sát" and "Thời điểm báo cáo": a missing monitor
 *   is the most common defect, and a report time is what monitoring is checked against.
 * - "Điều kiện hỗ trợ khác" is left out: it is rarely filled, and eleven columns are the most an
 *   A4 page holds readably.
 * Every header is a wording of the plans.md vocabulary as written, so recognition finds each role.
 *
 * Weights: landscape fits 247 mm of text (A4, Nghị định 30 margins) at 12 pt, portrait 160 mm at
 * 11 pt, with every column at least as wide as its longest header word (see the template tests).
 */
export const PLAN_TABLE_2018_DATA: unknown = {
  id: "plan-2018",
  framework: "2018",
  description: "Bảng kế hoạch cải tiến chất lượng theo Thông tư 17, 18, 19/2018/TT-BGDĐT",
  columns: [
    { role: "number", header: "TT", weight: { landscape: 4.5, portrait: 6 }, alignment: "center" },
    {
      role: "criterion",
      header: "Tiêu chuẩn, tiêu chí",
      weight: { landscape: 13, portrait: 11.5 },
    },
    { role: "weakness", header: "Nội dung cần cải tiến", weight: { landscape: 15, portrait: 11 } },
    { role: "target", header: "Kết quả cần đạt", weight: { landscape: 12, portrait: 9 } },
    {
      role: "action",
      header: "Công việc/giải pháp cần thực hiện",
      weight: { landscape: 16, portrait: 14.5 },
    },
    {
      role: "owner",
      header: "Chủ trì và phối hợp thực hiện",
      weight: { landscape: 10, portrait: 8.5 },
    },
    {
      role: "deadline",
      header: "Thời gian thực hiện và hoàn thành",
      weight: { landscape: 8, portrait: 9 },
    },
    { role: "monitor", header: "Người giám sát", weight: { landscape: 8, portrait: 9 } },
    { role: "reportTime", header: "Thời điểm báo cáo", weight: { landscape: 7, portrait: 8 } },
    { role: "cost", header: "Dự kiến kinh phí", weight: { landscape: 7, portrait: 8 } },
    { role: "note", header: "Ghi chú", weight: { landscape: 5, portrait: 6.5 } },
  ],
  texts: {
    levelGroup: "MỨC 1, 2, 3",
    standardGroup: "Tiêu chuẩn {code}: {title}",
    criterion: "Tiêu chí {code}: {title}",
  },
  sizePt: { landscape: 12, portrait: 11 },
};
