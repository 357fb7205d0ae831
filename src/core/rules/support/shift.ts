/**
 * Signs that a row's cells slid into the wrong columns: recognition read a cell under another
 * column than the one it sits in (a `w:tc` missing mid-row moves the rest left on paper), a `w:tc`
 * missing at the end of the row, an owner written in the time column, a date in the owner column.
 * Rules about a cell's content stay quiet on such rows: `shifted-row` explains them at once.
 */
import type { ActionRow, ColumnRole, PlanCell, PlanTable } from "../../model/plan";
import type { RuleContext } from "../types";
import { documentRow } from "./document-cells";
import { namesPeople } from "./people";
import { ownCell } from "./row-cells";

export type ShiftSign =
  "cells-moved" | "short-row" | "owner-in-time-column" | "time-in-owner-column";

function tableWidth(table: PlanTable): number {
  let width = 0;
  for (const column of table.columns) {
    width = Math.max(width, column.gridColumn + column.gridSpan);
  }
  return width;
}

/** The row's `w:tc` cells end before the table's last column and no `w:gridAfter` explains it. */
function isShortRow(context: RuleContext, row: ActionRow, table: PlanTable): boolean {
  const documentRowOf = documentRow(context.document, row.tableIndex, row.rowIndex);
  if (!documentRowOf) return false;
  const last = documentRowOf.cells[documentRowOf.cells.length - 1];
  const covered =
    (last ? last.gridColumn + last.gridSpan : documentRowOf.gridBefore) + documentRowOf.gridAfter;
  return covered < tableWidth(table);
}

/** A cell read under a column it does not sit in: recognition put a shifted row back in order. */
function cellsMoved(row: ActionRow, table: PlanTable): boolean {
  return (Object.entries(row.cells) as [ColumnRole, PlanCell][]).some(([role, cell]) => {
    if (role === "unknown" || !row.rowIndices.includes(cell.location.rowIndex)) return false;
    const columns = table.columns.filter((column) => column.role === role);
    return (
      columns.length > 0 &&
      !columns.some(
        (column) =>
          cell.gridColumn >= column.gridColumn &&
          cell.gridColumn < column.gridColumn + column.gridSpan
      )
    );
  });
}

function ownerInTimeColumn(context: RuleContext, row: ActionRow): boolean {
  const deadline = ownCell(context, row, "deadline");
  return (
    deadline !== undefined &&
    context.timeOf(deadline).parts.length === 0 &&
    namesPeople(deadline.text)
  );
}

function timeInOwnerColumn(context: RuleContext, row: ActionRow): boolean {
  const owner = ownCell(context, row, "owner");
  return (
    owner !== undefined && context.timeOf(owner).status === "understood" && !namesPeople(owner.text)
  );
}

export function shiftSigns(
  context: RuleContext,
  row: ActionRow,
  table: PlanTable | undefined
): ShiftSign[] {
  const signs: ShiftSign[] = [];
  if (table && cellsMoved(row, table)) signs.push("cells-moved");
  else if (table && isShortRow(context, row, table)) signs.push("short-row");
  if (ownerInTimeColumn(context, row)) signs.push("owner-in-time-column");
  if (timeInOwnerColumn(context, row)) signs.push("time-in-owner-column");
  return signs;
}

export function looksShifted(
  context: RuleContext,
  row: ActionRow,
  table: PlanTable | undefined
): boolean {
  return shiftSigns(context, row, table).length > 0;
}
