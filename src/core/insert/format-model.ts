/** Which existing row new rows should be formatted like: a neighbour of the same kind. */
import type { PlacedRow } from "./placement";
import type { TableView } from "./table-view";
import type { PlanRow } from "../model/plan";

function nearest(
  view: TableView,
  afterRowIndex: number,
  wanted: (row: PlanRow) => boolean
): PlanRow | undefined {
  const candidates = view.rows.filter(wanted);
  const above = candidates.filter((row) => row.rowIndex <= afterRowIndex);
  return above[above.length - 1] ?? candidates[0];
}

/**
 * A batch that adds a criterion row is formatted like the nearest action row (or, in a table
 * without any, like its blank rows); a batch of group rows only, like the nearest group row. A
 * group row added together with criteria states its own weight (bold) in its spec.
 * Undefined when the table has no such row: the host then formats like `afterRowIndex`.
 */
export function formatModelRowIndex(
  view: TableView,
  afterRowIndex: number,
  rows: readonly PlacedRow[]
): number | undefined {
  const addsCriteria = rows.some((row) => row.row.kind === "criterion");
  const model = addsCriteria
    ? (nearest(view, afterRowIndex, (row) => row.kind === "action") ??
      nearest(view, afterRowIndex, (row) => row.kind === "empty"))
    : nearest(view, afterRowIndex, (row) => row.kind === "standardGroup");
  return model?.rowIndex;
}
