/** A row's cell for a column role, seen as the reader sees it on paper. */
import type { ActionRow, ColumnRole, PlanCell } from "../../model/plan";
import type { RuleContext } from "../types";
import { documentCell } from "./document-cells";
import { isBlank } from "./text";

export interface CellValue {
  cell: PlanCell | undefined;
  text: string;
  /** Nothing but spaces or placeholder marks. */
  blank: boolean;
  /**
   * The cell is a vertical merge (`w:vMerge`) that starts in a row above: on paper it shows the
   * text above, so it is neither empty nor a value of its own — the row the merge starts in
   * carries it and is the one to check (once, not once per row it spans).
   */
  mergedFromAbove: boolean;
}

/**
 * Recognition resolves a merged-down cell to the cell the merge starts in, whose location is in a
 * row above (outside the row's `rowIndices`); a model may also hand over the `continue` cell.
 */
export function isMergedFromAbove(
  context: RuleContext,
  row: ActionRow,
  cell: PlanCell | undefined
): boolean {
  if (!cell) return false;
  if (cell.location.tableIndex !== row.tableIndex) return true;
  if (!row.rowIndices.includes(cell.location.rowIndex) && cell.location.rowIndex !== row.rowIndex) {
    return true;
  }
  return documentCell(context.document, cell.location)?.verticalMerge === "continue";
}

export function cellValue(context: RuleContext, row: ActionRow, role: ColumnRole): CellValue {
  const cell = row.cells[role];
  const text = cell?.text ?? "";
  const mergedFromAbove = isMergedFromAbove(context, row, cell);
  return { cell, text, blank: isBlank(text), mergedFromAbove };
}

/** The row's cells that have a value of their own to check (not blank, not merged from above). */
export function ownCell(
  context: RuleContext,
  row: ActionRow,
  role: ColumnRole
): PlanCell | undefined {
  const value = cellValue(context, row, role);
  return value.blank || value.mergedFromAbove ? undefined : value.cell;
}
