/** Shared by `deadline-not-understood` and `report-time-not-understood`. */
import type { RuleContext } from "../types";
import type { Report } from "./define-rule";
import { cellLocation } from "./location";
import { rowLabel } from "./row-label";
import { deadlineExample } from "./school-year";
import { looksShifted } from "./shift";
import { timeCells, type TimeRole } from "./time-cells";
import { TIME_COLUMN, unreadPieces } from "./time-wording";
import { capitalize, quote } from "./text";

export function reportUnreadTimes(context: RuleContext, report: Report, role: TimeRole): void {
  const column = TIME_COLUMN[role];
  const { vi: exampleVi, en: exampleEn } = deadlineExample(context.plan);
  for (const { row, table, cell, time } of timeCells(context, role)) {
    if (time.status !== "not-understood" && time.status !== "partly-understood") continue;
    const pieces = unreadPieces(time);
    if (pieces.length === 0) continue;
    // An owner in the time column is a shifted row, reported once by `shifted-row`.
    if (looksShifted(context, row, table)) continue;
    const label = rowLabel(row);
    const quoted = pieces.map((piece) => quote(piece)).join(", ");
    const whole = time.status === "not-understood";
    report({
      message: whole
        ? {
            vi: `${capitalize(column.vi)} ${quote(cell.text)} ở ${label.vi} không đọc được thành tháng/năm. Ghi theo dạng tháng/năm (${exampleVi}).`,
            en: `The ${column.en} ${quote(cell.text)} in ${label.en} cannot be read as months. Write month/year (${exampleEn}).`,
          }
        : {
            vi: `${capitalize(column.vi)} ở ${label.vi} có phần chưa đọc được: ${quoted}. Kiểm tra lỗi gõ và ghi theo dạng tháng/năm (${exampleVi}).`,
            en: `Part of the ${column.en} in ${label.en} cannot be read: ${quoted}. Check for typing slips and write month/year (${exampleEn}).`,
          },
      location: cellLocation(row, role, cell),
      criterion: row.criterionCode,
      text: whole ? cell.text : pieces.join(", "),
    });
  }
}
