/** "15/8", "Tháng 9": without a year the date cannot be placed in the plan's school year. */
import type { TimePart } from "../time";
import { defineRule } from "./support/define-rule";
import { cellLocation } from "./support/location";
import { rowLabel } from "./support/row-label";
import { timeCells } from "./support/time-cells";
import { quote } from "./support/text";

function lacksYear(part: TimePart): boolean {
  return part.kind === "dayMonth" || part.kind === "month";
}

export const deadlineWithoutYear = defineRule({
  id: "deadline-without-year",
  severity: "warning",
  title: { vi: "Thời gian thiếu năm", en: "Deadline without a year" },
  description: {
    vi: "Thời gian thực hiện ghi ngày/tháng hoặc tháng mà không ghi năm (“15/8”, “Tháng 9”).",
    en: "A deadline gives a day and month or a month without the year (“15/8”, “Tháng 9”).",
  },
  run(context, report) {
    for (const { row, cell, time } of timeCells(context, "deadline")) {
      const withoutYear = time.parts.filter(lacksYear).map((part) => part.text);
      if (withoutYear.length === 0) continue;
      const label = rowLabel(row);
      const quoted = withoutYear.map((text) => quote(text)).join(", ");
      report({
        message: {
          vi: `Thời gian ${quoted} ở ${label.vi} chưa ghi năm. Ghi thêm năm (dạng ngày/tháng/năm hoặc tháng/năm) để biết rõ thời hạn.`,
          en: `The time ${quoted} in ${label.en} has no year. Add the year (day/month/year or month/year) so the deadline is clear.`,
        },
        location: cellLocation(row, "deadline", cell),
        criterion: row.criterionCode,
        text: withoutYear.join(", "),
      });
    }
  },
});
