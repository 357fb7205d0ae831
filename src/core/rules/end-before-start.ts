/**
 * "5/2026 – 9/2025": a range that ends before it starts. The time parser refuses such ranges and
 * leaves them unparsed; they are found in the unparsed pieces (support/reversed-range.ts) and
 * reported here rather than as unreadable text. Both time columns are checked.
 */
import { defineRule } from "./support/define-rule";
import { cellLocation } from "./support/location";
import { findReversedRanges } from "./support/reversed-range";
import { rowLabel } from "./support/row-label";
import { timeCells, type TimeRole } from "./support/time-cells";
import { TIME_COLUMN } from "./support/time-wording";
import { quote } from "./support/text";

const ROLES: readonly TimeRole[] = ["deadline", "reportTime"];

export const endBeforeStart = defineRule({
  id: "end-before-start",
  severity: "error",
  title: { vi: "Kết thúc trước khi bắt đầu", en: "Ends before it starts" },
  description: {
    vi: "Khoảng thời gian ghi ngược: tháng kết thúc trước tháng bắt đầu (“5/2026 – 9/2025”).",
    en: "A time range is reversed: it ends before it starts (“5/2026 – 9/2025”).",
  },
  run(context, report) {
    for (const role of ROLES) {
      const column = TIME_COLUMN[role];
      for (const { row, cell, time } of timeCells(context, role)) {
        const reversed = time.unparsed.flatMap(findReversedRanges);
        if (reversed.length === 0) continue;
        const label = rowLabel(row);
        const quoted = reversed.map((range) => quote(range.text)).join(", ");
        report({
          message: {
            vi: `Khoảng thời gian ${quoted} (${column.vi}) ở ${label.vi} kết thúc trước khi bắt đầu. Kiểm tra lại tháng, năm: ghi tháng bắt đầu trước, tháng kết thúc sau.`,
            en: `The range ${quoted} (${column.en}) in ${label.en} ends before it starts. Check the months and years: start first, end second.`,
          },
          location: cellLocation(row, role, cell),
          criterion: row.criterionCode,
          text: reversed.map((range) => range.text).join(", "),
        });
      }
    }
  },
});
