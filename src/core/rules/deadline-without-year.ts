/**
 * "15/8", "Tháng 9": without a year the date cannot be placed in the plan's school year. When the
 * plan names its school year, the fix writes the year each month falls in within it ("15/8" in
 * 2021–2022 → "15/8/2021"; "Tháng 9 - tháng 5" → "Tháng 9/2021 – tháng 5/2022"), except in an
 * open-ended time, where the day recurs every year.
 */
import type { SuggestedFix } from "../model/finding";
import { monthInSchoolYear, type TimePart } from "../time";
import type { RuleContext } from "./types";
import { defineRule } from "./support/define-rule";
import { replaceWritten } from "../text";
import { replaceCellTextFix } from "./support/fix";
import { cellLocation } from "./support/location";
import { rowLabel } from "./support/row-label";
import { timeCells, type TimeCell } from "./support/time-cells";
import { quote } from "./support/text";

type PartWithoutYear = Extract<TimePart, { kind: "dayMonth" | "month" }>;

function lacksYear(part: TimePart): part is PartWithoutYear {
  return part.kind === "dayMonth" || part.kind === "month";
}

/** The part written again with its year(s), in the school year starting in `startYear`. */
function withYear(part: PartWithoutYear, startYear: number): string {
  const year = (month: number) => monthInSchoolYear(month, startYear).year;
  if (part.kind === "dayMonth") return `${part.day}/${part.month}/${year(part.month)}`;
  const word = /^T/.test(part.text) ? "Tháng" : "tháng";
  const first = `${word} ${part.month}/${year(part.month)}`;
  return part.endMonth === part.month
    ? first
    : `${first} – tháng ${part.endMonth}/${year(part.endMonth)}`;
}

function addYearsFix(
  context: RuleContext,
  { cell, time }: TimeCell,
  parts: readonly PartWithoutYear[]
): SuggestedFix | undefined {
  const startYear = context.plan.metadata.schoolYear?.startYear;
  // "… và các năm tiếp theo 15/8" means 15/8 of every year: one year would change what it says.
  if (startYear === undefined || time.openEnded) return undefined;
  const label = `năm học ${startYear}–${startYear + 1}`;
  return replaceCellTextFix(
    context.document,
    cell.location,
    (current) =>
      parts.reduce<string | undefined>(
        (text, part) =>
          text === undefined
            ? undefined
            : replaceWritten(text, part.text, withYear(part, startYear)),
        current
      ),
    { vi: `Ghi năm theo ${label}`, en: `Add the year (school year ${startYear}–${startYear + 1})` }
  );
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
    for (const timeCell of timeCells(context, "deadline")) {
      const { row, cell, time } = timeCell;
      const parts = time.parts.filter(lacksYear);
      if (parts.length === 0) continue;
      const withoutYear = parts.map((part) => part.text);
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
        fix: addYearsFix(context, timeCell, parts),
      });
    }
  },
});
