/**
 * A row that names another school year than the plan's — "Phấn đấu năm học 2024-2025…" in a
 * 2025–2026 plan — was usually copied from last year's plan and not updated. Not reported:
 * - the time columns, where `deadline-outside-school-year` reads the year as a time;
 * - a school year the row's own deadline reaches into (a task planned "-6/2026-5/2027" may say
 *   "năm học 2026-2027": the deadline itself is the other rule's business);
 * - earlier years in the current-state column, which legitimately cites last year's results.
 */
import type { ActionRow, ColumnRole, PlanCell } from "../model/plan";
import {
  compareMonthYear,
  findSchoolYearMentions,
  schoolYearWindow,
  type MonthSpan,
  type SchoolYearMention,
} from "../time";
import { DASH_CHARS } from "../text/characters";
import type { RuleContext } from "./types";
import { defineRule } from "./support/define-rule";
import { replaceCellTextFix } from "./support/fix";
import { cellLocation } from "./support/location";
import { ownCell } from "./support/row-cells";
import { rowSubject } from "./support/row-label";
import { schoolYearName } from "./support/school-year";
import { quote } from "./support/text";

const TIME_ROLES: ReadonlySet<ColumnRole> = new Set(["deadline", "reportTime"]);
/** A cheap look before folding the text: four digits, a dash, two digits ("2024-25", "2024 – 2025"). */
const MAY_NAME_SCHOOL_YEAR = new RegExp(String.raw`\d{4}\s*[${DASH_CHARS}]\s*\d{2}`);
const SCHOOL_YEAR_DIGITS = /(\d{4})(\s*[-\u2010-\u2015\u2212]\s*)(\d{4}|\d{2})(?!\d)/;

function reaches(deadline: MonthSpan | undefined, startYear: number): boolean {
  if (!deadline) return false;
  const window = schoolYearWindow(startYear);
  return (
    compareMonthYear(deadline.start, window.end) <= 0 &&
    compareMonthYear(deadline.end, window.start) >= 0
  );
}

function deadlineSpan(context: RuleContext, row: ActionRow): MonthSpan | undefined {
  const deadline = ownCell(context, row, "deadline");
  return deadline ? context.timeOf(deadline).span : undefined;
}

/** `text` with the given mentions (found in `text`, in order) rewritten as the plan's year. */
function rewriteYears(text: string, mentions: readonly SchoolYearMention[], planStart: number) {
  let result = "";
  let from = 0;
  for (const mention of mentions) {
    const written = text.slice(mention.start, mention.end);
    const rewritten = written.replace(SCHOOL_YEAR_DIGITS, (_whole, _start, dash, end: string) => {
      const endYear = planStart + 1;
      return `${planStart}${String(dash)}${end.length === 2 ? String(endYear % 100).padStart(2, "0") : endYear}`;
    });
    result += text.slice(from, mention.start) + rewritten;
    from = mention.end;
  }
  return result + text.slice(from);
}

function offendingMentions(
  cell: PlanCell,
  role: ColumnRole,
  planStart: number,
  deadline: MonthSpan | undefined
): SchoolYearMention[] {
  return findSchoolYearMentions(cell.text).filter(
    (mention) =>
      mention.consecutive &&
      mention.startYear !== planStart &&
      !(role === "weakness" && mention.startYear < planStart) &&
      !reaches(deadline, mention.startYear)
  );
}

export const otherSchoolYearMentioned = defineRule({
  id: "other-school-year-mentioned",
  severity: "warning",
  title: { vi: "Nhắc năm học khác", en: "Another school year mentioned" },
  description: {
    vi: "Dòng kế hoạch nhắc đến một năm học khác với năm học của kế hoạch (thường do chép từ kế hoạch năm trước).",
    en: "A plan row names a school year other than the plan's (usually copied from last year's plan).",
  },
  run(context, report) {
    const schoolYear = context.plan.metadata.schoolYear;
    if (!schoolYear) return;
    const planStart = schoolYear.startYear;
    const planYear = schoolYearName(planStart);
    for (const row of context.plan.rows) {
      if (row.kind !== "action") continue;
      let deadline: MonthSpan | undefined;
      let deadlineRead = false;
      const cells = (Object.entries(row.cells) as [ColumnRole, PlanCell][]).sort(
        ([, a], [, b]) => a.gridColumn - b.gridColumn
      );
      for (const [role, planCell] of cells) {
        if (TIME_ROLES.has(role) || !MAY_NAME_SCHOOL_YEAR.test(planCell.text)) continue;
        const cell = ownCell(context, row, role);
        if (!cell) continue;
        if (!deadlineRead) {
          deadline = deadlineSpan(context, row);
          deadlineRead = true;
        }
        const mentions = offendingMentions(cell, role, planStart, deadline);
        if (mentions.length === 0) continue;
        const subject = rowSubject(row);
        const quoted = mentions.map((mention) => quote(mention.text)).join(", ");
        const earlier = mentions.every((mention) => mention.startYear < planStart);
        const years = new Set(mentions.map((mention) => mention.startYear));
        const fix = earlier
          ? replaceCellTextFix(
              context.document,
              cell.location,
              (current) =>
                rewriteYears(
                  current,
                  // The document's text is usually the cell's: its mentions are already known.
                  current === cell.text
                    ? mentions
                    : findSchoolYearMentions(current).filter(
                        (mention) => mention.consecutive && years.has(mention.startYear)
                      ),
                  planStart
                ),
              { vi: `Sửa thành năm học ${planYear}`, en: `Change to ${planYear}` }
            )
          : undefined;
        report({
          message: {
            vi: `${subject.vi} ghi ${quoted}, khác năm học của kế hoạch (${planYear}). Nếu chép từ kế hoạch năm trước, sửa lại cho đúng năm học này.`,
            en: `${subject.en} says ${quoted}, not the plan's school year (${planYear}). If it was copied from last year's plan, update it to this year.`,
          },
          location: cellLocation(row, role, cell),
          criterion: row.criterionCode,
          text: mentions.map((mention) => mention.text).join(", "),
          fix,
        });
      }
    }
  },
});
