/** Rows whose written criterion title can be compared with the catalog, and the comparison. */
import { findCriterion, type TitleMatch } from "../../catalog";
import type { RuleContext } from "../types";
import { criterionTitleMatch, rowsWithCriterion, type RowWithCriterion } from "./criteria";
import { isBlank } from "./text";

export interface WrittenCriterionTitle {
  row: RowWithCriterion;
  title: string;
  match: TitleMatch;
}

// Three rules read the same comparisons in one run.
const cache = new WeakMap<RuleContext, WrittenCriterionTitle[]>();

/** Rows with a known criterion code and a title written after it. */
export function writtenCriterionTitles(context: RuleContext): WrittenCriterionTitle[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const titles: WrittenCriterionTitle[] = [];
  for (const row of rowsWithCriterion(context)) {
    const title = row.criterionTitleAsWritten;
    if (title === undefined || isBlank(title)) continue;
    // Titles of unknown codes are `unknown-criterion`'s clue, not a title mismatch.
    if (!findCriterion(context.catalog, row.criterionCode)) continue;
    titles.push({ row, title, match: criterionTitleMatch(context, row.criterionCode, title) });
  }
  cache.set(context, titles);
  return titles;
}
