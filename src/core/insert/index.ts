/**
 * Insertion planning for the one-click actions: a new plan table, rows for chosen criteria in an
 * existing plan, and where to insert without a cursor. Pure data in, edits out; hosts apply them.
 */
export { planTableFragment, type PlanTableFragmentOptions } from "./plan-table-fragment";
export {
  planCriterionRows,
  type CriterionRowsResult,
  type SkipReason,
  type SkippedCode,
} from "./criterion-rows";
export { defaultInsertPosition, isContentSectionHeading } from "./default-position";
export {
  HEADER_ROW_KEY,
  LEVEL_GROUP_ROW_KEY,
  blankRowKey,
  criterionRowKey,
  standardRowKey,
} from "./keys";
