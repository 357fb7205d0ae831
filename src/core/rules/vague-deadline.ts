/**
 * "Cả năm", "Theo đợt", "Thường xuyên": words that describe how often, not by when. The reviewer
 * asks for months; the fix writes the plan's teaching months ("9/2025 – 5/2026") in their place,
 * or after a frequency word so the frequency is kept.
 */
import type { Plan } from "../model/plan";
import type { TimeExpression, TimePart, Vagueness } from "../time";
import { defineRule } from "./support/define-rule";
import { replaceCellTextFix } from "./support/fix";
import { cellLocation } from "./support/location";
import { rowLabel } from "./support/row-label";
import { deadlineExample, teachingMonths } from "./support/school-year";
import { timeCells } from "./support/time-cells";
import { quote } from "./support/text";

type VaguePart = Extract<TimePart, { kind: "vague" }>;

/** Words that stand for the whole year: replaced by the months. */
const WHOLE_YEAR: ReadonlySet<Vagueness> = new Set(["whole-year", "yearly"]);

function vagueParts(time: TimeExpression): VaguePart[] {
  return time.parts.filter(
    (part): part is VaguePart => part.kind === "vague" && part.vagueness !== "following-years"
  );
}

/** The cell rewritten with months, when every part is a vague word the plan's year can replace. */
function withMonths(plan: Plan, time: TimeExpression, current: string): string | undefined {
  const schoolYear = plan.metadata.schoolYear;
  const months = teachingMonths(plan);
  if (!schoolYear || !months || time.status !== "understood") return undefined;
  const parts = vagueParts(time);
  if (parts.length !== time.parts.length) return undefined;
  const kinds = new Set(parts.map((part) => part.vagueness));
  if ([...kinds].every((kind) => WHOLE_YEAR.has(kind))) return months;
  if (kinds.size === 1 && kinds.has("start-of-year")) return `9/${schoolYear.startYear}`;
  if (kinds.size === 1 && kinds.has("end-of-year")) return `5/${schoolYear.endYear}`;
  if (kinds.has("start-of-year") || kinds.has("end-of-year")) return undefined;
  // Frequency words ("Theo đợt", "Hằng tháng") keep their meaning; the months are added.
  return `${current.trim()} (${months})`;
}

export const vagueDeadline = defineRule({
  id: "vague-deadline",
  severity: "warning",
  title: { vi: "Thời gian chung chung", en: "Vague deadline" },
  description: {
    vi: "Thời gian thực hiện chỉ ghi chung chung (“Cả năm”, “Theo đợt”, “Thường xuyên”…), không có tháng cụ thể.",
    en: "A deadline is only a vague word (“Cả năm”, “Theo đợt”, “Thường xuyên”…) with no months.",
  },
  run(context, report) {
    const example = deadlineExample(context.plan);
    for (const { row, cell, time } of timeCells(context, "deadline")) {
      if (time.span || vagueParts(time).length === 0) continue;
      // "Tháng 10 hằng năm" names its month: deadline-without-year asks for the year.
      if (time.parts.some((part) => part.kind === "month" || part.kind === "dayMonth")) continue;
      const label = rowLabel(row);
      const newText = withMonths(context.plan, time, cell.text);
      const fix =
        newText === undefined
          ? undefined
          : replaceCellTextFix(
              context.document,
              cell.location,
              // Rewrite only the text the parse was made from: a changed cell gets no fix.
              (current) => (current.trim() === cell.text.trim() ? newText : undefined),
              { vi: `Ghi “${newText}”`, en: `Write “${newText}”` }
            );
      report({
        message: {
          vi: `Thời gian thực hiện ${quote(cell.text)} ở ${label.vi} chưa cho biết khi nào bắt đầu, khi nào hoàn thành. Ghi tháng cụ thể (${example.vi}).`,
          en: `The deadline ${quote(cell.text)} in ${label.en} does not say when the task starts and ends. Write the months (${example.en}).`,
        },
        location: cellLocation(row, "deadline", cell),
        criterion: row.criterionCode,
        text: cell.text,
        fix,
      });
    }
  },
});
