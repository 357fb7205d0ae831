/** PlanCells: what a plan row sees of one or more physical cells, and where they are. */
import type { PlanCell } from "../model/plan";
import { hasContent } from "./cell-text";
import type { PlacedCell } from "./table-view";

export function planCellOf(tableIndex: number, placed: PlacedCell): PlanCell {
  return {
    text: placed.text,
    location: { tableIndex, rowIndex: placed.rowIndex, cellIndex: placed.cell.physicalIndex },
    gridColumn: placed.gridColumn,
  };
}

/** Several cells under one column (a header cell wider than the body's cells): texts joined. */
export function joinedPlanCell(
  tableIndex: number,
  cells: readonly PlacedCell[]
): PlanCell | undefined {
  const first = cells[0];
  if (!first) return undefined;
  const cell = planCellOf(tableIndex, first);
  if (cells.length === 1) return cell;
  const texts = cells.filter((placed) => placed.hasText).map((placed) => placed.text);
  return { ...cell, text: texts.join("\n") };
}

const STARTS_WITH_BULLET = /^\s*[-+*\u2022\u2013\u00b7]/;

/**
 * A cell continued on the next row: the texts joined, at the first part's location (or the second
 * part's when the first is empty). A bullet starts a new line; anything else continues the line.
 */
export function continuedPlanCell(first: PlanCell | undefined, next: PlanCell): PlanCell {
  if (!first || !hasContent(first.text)) return next;
  const separator = STARTS_WITH_BULLET.test(next.text) ? "\n" : " ";
  return { ...first, text: `${first.text.trimEnd()}${separator}${next.text.trimStart()}` };
}
