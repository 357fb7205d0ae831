/**
 * The plan table for Thông tư 57/2026 (as reported: "Biểu 2, Phụ lục V"), in the form's own order:
 * TT · Nội dung · Mục tiêu · Giải pháp · Chỉ số kết quả · Thời gian · Phụ trách · Nguồn lực ·
 * Minh chứng dự kiến · Mức độ.
 *
 * One change: the form's bare "Nội dung" is written "Nội dung cần cải tiến", which says what the
 * column holds (the criterion and its weakness) and is a wording of the plans.md vocabulary; a bare
 * "Nội dung" is too generic for recognition to trust. The form has no monitor column (TT57 has the
 * plan as a whole reviewed at least twice a year), and no levels row: each row states its level in
 * "Mức độ", and TT57 has two levels, not "MỨC 1, 2, 3".
 *
 * Weights: landscape fits 247 mm of text at 12 pt, portrait 160 mm at 11 pt (see the tests).
 */
export const PLAN_TABLE_TT57_DATA: unknown = {
  id: "plan-tt57",
  framework: "tt57",
  description:
    "Bảng kế hoạch cải tiến chất lượng theo Thông tư 57/2026/TT-BGDĐT (Biểu 2, Phụ lục V)",
  columns: [
    { role: "number", header: "TT", weight: { landscape: 4, portrait: 6 }, alignment: "center" },
    { role: "weakness", header: "Nội dung cần cải tiến", weight: { landscape: 18, portrait: 15 } },
    { role: "target", header: "Mục tiêu", weight: { landscape: 11, portrait: 10 } },
    { role: "action", header: "Giải pháp", weight: { landscape: 17, portrait: 15 } },
    { role: "target", header: "Chỉ số kết quả", weight: { landscape: 10, portrait: 9 } },
    { role: "deadline", header: "Thời gian", weight: { landscape: 8, portrait: 9 } },
    { role: "owner", header: "Phụ trách", weight: { landscape: 9, portrait: 9 } },
    { role: "cost", header: "Nguồn lực", weight: { landscape: 8, portrait: 10 } },
    { role: "evidence", header: "Minh chứng dự kiến", weight: { landscape: 10, portrait: 10 } },
    {
      role: "status",
      header: "Mức độ",
      weight: { landscape: 5, portrait: 8 },
      alignment: "center",
    },
  ],
  texts: {
    standardGroup: "Tiêu chuẩn {code}: {title}",
    criterion: "Tiêu chí {code}: {title}",
  },
  sizePt: { landscape: 12, portrait: 11 },
};
