/** Rows whose written criterion title can be compared with the catalog, and the comparison. */
import { findCriterion, type TitleMatch } from "../../catalog";
import type { ActionRow } from "../../model/plan";
import type { RuleContext } from "../types";
import { criterionTitleMatch, rowsWithCriterion } from "./criteria";
import { isBlank } from "./text";

export interface WrittenCriterionTitle {
  row: ActionRow & { criterionCode: string };
  title: string;
  match: TitleMatch;
}

/** Rows with a known criterion code and a title written after it. */
export function writtenCriterionTitles(context: RuleContext): WrittenCriterionTitle[] {
  const titles: WrittenCriterionTitle[] = [];
  for (const row of rowsWithCriterion(context)) {
    const title = row.criterionTitleAsWritten;
    if (title === undefined || isBlank(title)) continue;
    // Titles of unknown codes are `unknown-criterion`'s clue, not a title mismatch.
    if (!findCriterion(context.catalog, row.criterionCode)) continue;
    titles.push({ row, title, match: criterionTitleMatch(context, row.criterionCode, title) });
  }
  return titles;
}
