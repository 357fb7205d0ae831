/**
 * Criterion codes that do not exist in the plan's circular: a mầm non "2.4" or "5.5" (invented
 * lists on the web carry them), a slip such as "6.1" for "5.1". The title written after the code,
 * when it names a real criterion, tells which was meant and gives a fix; otherwise the nearest
 * codes are suggested.
 */
import { findCriterion, suggestCriterionCode, type Criterion } from "../catalog";
import type { ActionRow } from "../model/plan";
import type { RuleContext } from "./types";
import {
  circularName,
  criterionLocation,
  criterionTitleMatch,
  replaceCriterionCode,
  rowsWithCriterion,
} from "./support/criteria";
import { defineRule } from "./support/define-rule";
import { replaceCellTextFix } from "./support/fix";
import { tablesByIndex } from "./support/plan-tables";
import { isBlank } from "./support/text";

/** The criterion the written title names, if it names one well enough. */
function meantByTitle(context: RuleContext, row: ActionRow, code: string): Criterion | undefined {
  const title = row.criterionTitleAsWritten;
  if (isBlank(title) || title === undefined) return undefined;
  const match = criterionTitleMatch(context, code, title);
  if (match.verdict === "empty" || match.verdict === "unrelated") return undefined;
  return findCriterion(context.catalog, match.candidate.code);
}

function listCodes(criteria: readonly Criterion[], or: string): string {
  const codes = criteria.map((criterion) => criterion.code);
  if (codes.length <= 1) return codes.join("");
  return `${codes.slice(0, -1).join(", ")} ${or} ${codes[codes.length - 1]}`;
}

export const unknownCriterion = defineRule({
  id: "unknown-criterion",
  severity: "error",
  title: { vi: "Tiêu chí không có trong thông tư", en: "Criterion not in the circular" },
  description: {
    vi: "Mã tiêu chí không có trong thông tư áp dụng cho cấp học của trường (ví dụ tiêu chí 2.4 ở trường mầm non).",
    en: "A criterion code does not exist in the circular for the school's level (e.g. criterion 2.4 in a preschool).",
  },
  run(context, report) {
    const tables = tablesByIndex(context.plan);
    const circular = circularName(context);
    for (const row of rowsWithCriterion(context)) {
      const code = row.criterionCode;
      if (findCriterion(context.catalog, code)) continue;
      const meant = meantByTitle(context, row, code);
      const nearest = meant ? [meant] : suggestCriterionCode(context.catalog, code).suggestions;
      const hint = meant
        ? {
            vi: ` Theo tên tiêu chí đã ghi, có thể là tiêu chí ${meant.code} “${meant.title}”.`,
            en: ` From the title written, it may be criterion ${meant.code} “${meant.title}”.`,
          }
        : nearest.length > 0
          ? {
              vi: ` Kiểm tra lại mã (có thể là tiêu chí ${listCodes(nearest, "hoặc")}).`,
              en: ` Check the code (perhaps criterion ${listCodes(nearest, "or")}).`,
            }
          : { vi: " Kiểm tra lại mã tiêu chí.", en: " Check the criterion code." };
      const location = criterionLocation(row, tables.get(row.tableIndex));
      const fix =
        meant && location.cell
          ? replaceCellTextFix(
              context.document,
              location.cell,
              (current) => replaceCriterionCode(current, code, meant.code),
              { vi: `Sửa thành tiêu chí ${meant.code}`, en: `Change to criterion ${meant.code}` }
            )
          : undefined;
      report({
        message: {
          vi: `Tiêu chí ${code} không có trong ${circular.vi}.${hint.vi}`,
          en: `Criterion ${code} does not exist in ${circular.en}.${hint.en}`,
        },
        location,
        criterion: code,
        text: code,
        fix,
      });
    }
  },
});
