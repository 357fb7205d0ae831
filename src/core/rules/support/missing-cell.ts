/**
 * The shared shape of "row without an owner / a deadline / a monitor": per row when the table has
 * the column, once per table when another table has it but this one does not, once for the plan
 * when no table has it (one finding, not one per row, for a column that does not exist).
 */
import type { ActionRow, ColumnRole, PlanTable } from "../../model/plan";
import type { LocalizedText } from "../../model/localized";
import type { RuleContext } from "../types";
import type { Report } from "./define-rule";
import { cellLocation } from "./location";
import { actionRowsByTable, hasColumn, tablesByIndex } from "./plan-tables";
import { cellValue } from "./row-cells";
import { looksShifted } from "./shift";

export interface MissingCellOptions {
  role: ColumnRole;
  rowMessage(row: ActionRow): LocalizedText;
  /** Without these, a table lacking the column is not reported (the column is optional). */
  tableMessage?(table: PlanTable): LocalizedText;
  planMessage?: LocalizedText;
}

function reportRows(
  context: RuleContext,
  report: Report,
  table: PlanTable,
  rows: ActionRow[],
  options: MissingCellOptions
): void {
  for (const row of rows) {
    const value = cellValue(context, row, options.role);
    if (!value.blank || value.mergedFromAbove) continue;
    // A row too short to have the cell at all: `shifted-row` says why, once.
    if (!value.cell && looksShifted(context, row, table)) continue;
    report({
      message: options.rowMessage(row),
      location: cellLocation(row, options.role, value.cell),
      criterion: row.criterionCode,
    });
  }
}

export function reportMissingCells(
  context: RuleContext,
  report: Report,
  options: MissingCellOptions
): void {
  const tables = tablesByIndex(context.plan);
  const withRows: [PlanTable, ActionRow[]][] = [];
  for (const [tableIndex, rows] of actionRowsByTable(context.plan)) {
    const table = tables.get(tableIndex);
    if (table) withRows.push([table, rows]);
  }
  const anyColumn = withRows.some(([table]) => hasColumn(table, options.role));
  if (!anyColumn) {
    if (options.planMessage && withRows.length > 0) {
      report({ message: options.planMessage, location: {} });
    }
    return;
  }
  for (const [table, rows] of withRows) {
    if (hasColumn(table, options.role)) {
      reportRows(context, report, table, rows, options);
    } else if (options.tableMessage) {
      report({
        message: options.tableMessage(table),
        location: { tableIndex: table.tableIndex },
      });
    }
  }
}
