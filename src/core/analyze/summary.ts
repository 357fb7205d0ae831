/** How complete a plan is, at a glance: "12/14 dòng đầy đủ" (owner, deadline and monitor). */
import type { Finding, Severity } from "../model/finding";
import { actionRows, type Plan } from "../model/plan";
import { hasContent } from "../recognize/cell-text";
import type { PlanSummary } from "./types";

/**
 * A row has a monitor when its monitor cell is filled, or — in a table without a monitor column —
 * when the plan names a monitor for the whole plan in its organisation or monitoring section.
 */
export function summarizePlan(plan: Plan): PlanSummary {
  const rows = actionRows(plan);
  const tablesWithMonitorColumn = new Set(
    plan.tables
      .filter((table) => table.columns.some((column) => column.role === "monitor"))
      .map((table) => table.tableIndex)
  );
  const planMonitor = plan.metadata.monitorAssignment !== undefined;
  let withOwner = 0;
  let withDeadline = 0;
  let withMonitor = 0;
  let completeRows = 0;
  for (const row of rows) {
    const owner = hasContent(row.cells.owner?.text);
    const deadline = hasContent(row.cells.deadline?.text);
    const monitor = tablesWithMonitorColumn.has(row.tableIndex)
      ? hasContent(row.cells.monitor?.text)
      : planMonitor;
    if (owner) withOwner++;
    if (deadline) withDeadline++;
    if (monitor) withMonitor++;
    if (owner && deadline && monitor) completeRows++;
  }
  const total = rows.length;
  return {
    actionRows: total,
    withOwner,
    withDeadline,
    withMonitor,
    completeRows,
    text: {
      vi: `${completeRows}/${total} dòng đầy đủ`,
      en: `${completeRows}/${total} rows complete`,
    },
  };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, tip: 0 };
  for (const finding of findings) {
    if (Object.hasOwn(counts, finding.severity)) counts[finding.severity]++;
  }
  return counts;
}
