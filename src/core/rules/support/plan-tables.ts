/** The plan's tables and their columns, as rules ask about them. */
import type { ActionRow, ColumnRole, Plan, PlanTable } from "../../model/plan";

export function hasColumn(table: PlanTable, role: ColumnRole): boolean {
  return table.columns.some((column) => column.role === role);
}

/** The plan's tables by `tableIndex`. */
export function tablesByIndex(plan: Plan): Map<number, PlanTable> {
  return new Map(plan.tables.map((table) => [table.tableIndex, table]));
}

/** Action rows grouped by table, tables in document order (tables without action rows left out). */
export function actionRowsByTable(plan: Plan): Map<number, ActionRow[]> {
  const byTable = new Map<number, ActionRow[]>();
  for (const row of plan.rows) {
    if (row.kind !== "action") continue;
    const rows = byTable.get(row.tableIndex);
    if (rows) rows.push(row);
    else byTable.set(row.tableIndex, [row]);
  }
  return byTable;
}

/** The role of the column a cell starting at `gridColumn` sits in, if the table has one there. */
export function roleAt(table: PlanTable | undefined, gridColumn: number): ColumnRole | undefined {
  const column = table?.columns.find(
    (candidate) =>
      gridColumn >= candidate.gridColumn && gridColumn < candidate.gridColumn + candidate.gridSpan
  );
  return column?.role;
}
