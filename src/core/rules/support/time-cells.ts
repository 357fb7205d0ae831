/** The time cells rules check: deadline and report-time cells with a value of their own. */
import type { ActionRow, PlanCell, PlanTable } from "../../model/plan";
import type { TimeExpression } from "../../time";
import type { RuleContext } from "../types";
import { tablesByIndex } from "./plan-tables";
import { ownCell } from "./row-cells";

export type TimeRole = "deadline" | "reportTime";

export interface TimeCell {
  row: ActionRow;
  table: PlanTable | undefined;
  cell: PlanCell;
  time: TimeExpression;
}

/** Cells of `role` that say something (blank cells and cells merged from above are left out). */
export function timeCells(context: RuleContext, role: TimeRole): TimeCell[] {
  const tables = tablesByIndex(context.plan);
  const cells: TimeCell[] = [];
  for (const row of context.plan.rows) {
    if (row.kind !== "action") continue;
    const cell = ownCell(context, row, role);
    if (!cell) continue;
    const time = context.timeOf(cell);
    if (time.status === "empty") continue;
    cells.push({ row, table: tables.get(row.tableIndex), cell, time });
  }
  return cells;
}
