/**
 * Which plan table receives a standard's new rows.
 *
 * 1. The table under a heading naming the standard (one table per standard).
 * 2. The table holding the standard's group row.
 * 3. In a one-table-per-standard plan without the standard's table: the plan's last table (a group
 *    row marks the rows as the standard's, since the table's heading names another standard).
 * 4. In a plan divided by group rows: the table holding the nearest standard before it, else the
 *    nearest after it, so the new group row lands in standard order.
 * 5. Otherwise the first table with group rows, then a table already holding criteria of the
 *    standard, then the last table.
 */
import {
  hasGroupRows,
  headingStandardOf,
  placementStandardOf,
  sectionsOf,
  type TableView,
} from "./table-view";

function standardsWithGroupRows(view: TableView): number[] {
  return sectionsOf(view)
    .filter((section) => section.groupRow !== undefined)
    .map((section) => Number(section.standardCode));
}

function nearestByGroupRows(views: readonly TableView[], standard: number): TableView | undefined {
  let before: { view: TableView; code: number } | undefined;
  let after: { view: TableView; code: number } | undefined;
  for (const view of views) {
    for (const code of standardsWithGroupRows(view)) {
      if (code < standard && (!before || code > before.code)) before = { view, code };
      if (code > standard && (!after || code < after.code)) after = { view, code };
    }
  }
  return (before ?? after)?.view;
}

function holdsCriteriaOf(view: TableView, standardCode: string): boolean {
  return view.rows.some(
    (row) => row.kind === "action" && placementStandardOf(row) === standardCode
  );
}

/** `views`: the plan's tables in document order, at least one. */
export function targetTable(
  views: readonly [TableView, ...TableView[]],
  standardCode: string
): TableView {
  const byHeading = views.find((view) => headingStandardOf(view) === standardCode);
  if (byHeading) return byHeading;
  const byGroupRow = views.find((view) =>
    sectionsOf(view).some((section) => section.groupRow && section.standardCode === standardCode)
  );
  if (byGroupRow) return byGroupRow;
  const last = views[views.length - 1] ?? views[0];
  if (views.some((view) => headingStandardOf(view) !== undefined)) return last;
  return (
    nearestByGroupRows(views, Number(standardCode)) ??
    views.find(hasGroupRows) ??
    views.find((view) => holdsCriteriaOf(view, standardCode)) ??
    last
  );
}
