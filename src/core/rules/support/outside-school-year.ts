/**
 * Shared by `deadline-outside-school-year` and `report-time-outside-school-year`: time parts that
 * fall outside the plan's school year window (8/Y – 7/Y+1, see core/time). A cell copied from last
 * year's plan ("9/2024 – 5/2025" in a 2025–2026 plan) gets a fix that moves its years forward.
 */
import type { LocalizedText } from "../../model/localized";
import {
  compareMonthYear,
  parseTimeExpression,
  partSpan,
  type MonthSpan,
  type TimePart,
} from "../../time";
import type { RuleContext } from "../types";
import type { Report } from "./define-rule";
import { replaceCellTextFix } from "./fix";
import { cellLocation } from "./location";
import { rowLabel } from "./row-label";
import { planWindow, schoolYearName } from "./school-year";
import { timeCells, type TimeRole } from "./time-cells";
import { TIME_COLUMN } from "./time-wording";
import { capitalize, quote } from "./text";
import { formatMonth } from "./time-values";

function isInside(span: MonthSpan, window: MonthSpan): boolean {
  return (
    compareMonthYear(span.start, window.start) >= 0 && compareMonthYear(span.end, window.end) <= 0
  );
}

function overlaps(span: MonthSpan, window: MonthSpan): boolean {
  return (
    compareMonthYear(span.start, window.end) <= 0 && compareMonthYear(span.end, window.start) >= 0
  );
}

/** A calendar year ("Năm 2026") straddles the school year by nature: outside only if disjoint. */
function isOutside(part: TimePart, window: MonthSpan): boolean {
  const span = partSpan(part);
  if (!span) return false;
  return part.kind === "year" ? !overlaps(span, window) : !isInside(span, window);
}

/** Whole years the parts lie before the window, when all of them lie wholly before it. */
function yearsBehind(parts: TimePart[], window: MonthSpan): number | undefined {
  let behind: number | undefined;
  for (const part of parts) {
    const span = partSpan(part);
    if (!span || compareMonthYear(span.end, window.start) >= 0) return undefined;
    const years = window.start.year - span.start.year;
    if (behind !== undefined && behind !== years) return undefined;
    behind = years;
  }
  return behind;
}

/** The cell with each outside part's four-digit years moved forward, if that lands inside. */
function movedForward(
  current: string,
  parts: TimePart[],
  years: number,
  window: MonthSpan
): string | undefined {
  let text = current;
  for (const part of parts) {
    if (/\d{4}\s*[-\u2013\u2014]\s*\d{2}(?!\d)/.test(part.text)) return undefined;
    const moved = part.text.replace(/(?<!\d)\d{4}(?!\d)/g, (year) => String(Number(year) + years));
    if (!text.includes(part.text)) return undefined;
    text = text.replace(part.text, moved);
  }
  const reparsed = parseTimeExpression(text);
  const allInside = reparsed.parts.every((part) => {
    const span = partSpan(part);
    return !span || isInside(span, window);
  });
  return allInside && reparsed.status === "understood" ? text : undefined;
}

function where(parts: TimePart[], window: MonthSpan): LocalizedText {
  const spans = parts.map(partSpan).filter((span): span is MonthSpan => span !== undefined);
  if (spans.every((span) => compareMonthYear(span.end, window.start) < 0)) {
    return {
      vi: "trước năm học của kế hoạch (có thể còn sót từ kế hoạch năm trước)",
      en: "before the plan's school year (perhaps left over from last year's plan)",
    };
  }
  if (spans.every((span) => compareMonthYear(span.start, window.end) > 0)) {
    return { vi: "sau năm học của kế hoạch", en: "after the plan's school year" };
  }
  return { vi: "vượt ra ngoài năm học của kế hoạch", en: "beyond the plan's school year" };
}

export function reportOutsideSchoolYear(
  context: RuleContext,
  report: Report,
  role: TimeRole
): void {
  const window = planWindow(context.plan);
  const schoolYear = context.plan.metadata.schoolYear;
  if (!window || !schoolYear) return;
  const column = TIME_COLUMN[role];
  const yearName = schoolYearName(schoolYear.startYear);
  const windowText = `${formatMonth(window.start)} \u2013 ${formatMonth(window.end)}`;
  for (const { row, cell, time } of timeCells(context, role)) {
    const outside = time.parts.filter((part) => isOutside(part, window));
    if (outside.length === 0) continue;
    const label = rowLabel(row);
    const quoted = outside.map((part) => quote(part.text)).join(", ");
    const position = where(outside, window);
    const behind = yearsBehind(outside, window);
    const fix =
      behind === undefined
        ? undefined
        : replaceCellTextFix(
            context.document,
            cell.location,
            (current) => movedForward(current, outside, behind, window),
            { vi: `Chuyển sang năm học ${yearName}`, en: `Move to the ${yearName} school year` }
          );
    report({
      message: {
        vi: `${capitalize(column.vi)} ${quoted} ở ${label.vi} nằm ${position.vi}: năm học ${yearName} tính từ ${windowText}. Nếu gõ nhầm năm thì sửa lại; nếu là việc của năm học khác thì đưa vào kế hoạch của năm đó.`,
        en: `The ${column.en} ${quoted} in ${label.en} lies ${position.en}: the ${yearName} school year runs ${windowText}. Correct the year if it was mistyped; work for another year belongs in that year's plan.`,
      },
      location: cellLocation(row, role, cell),
      criterion: row.criterionCode,
      text: outside.map((part) => part.text).join(", "),
      fix,
    });
  }
}
