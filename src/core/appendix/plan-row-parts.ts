/**
 * The texts of a plan action row the appendix shows: what to improve, the target, the actions,
 * and for the monitoring table the result indicator, the owner and the deadline.
 *
 * A plan row keeps one cell per role, and TT57's form has two target columns ("Mục tiêu" and
 * "Chỉ số kết quả"); those two are read from the table itself, column by column.
 */
import type { DocumentModel, TableBlock } from "../model/document";
import type { ActionRow, Plan, PlanColumn } from "../model/plan";
import { readCriterionLabel } from "../recognize";
import { foldForSearch } from "../text";

export interface PlanRowParts {
  weakness: string;
  target: string;
  indicator: string;
  action: string;
  owner: string;
  deadline: string;
}

const INDICATOR_HEADER = /chi\s*so/;

function isIndicatorColumn(column: PlanColumn): boolean {
  return INDICATOR_HEADER.test(foldForSearch(column.headerText).text);
}

function tableOf(document: DocumentModel, tableIndex: number): TableBlock | undefined {
  for (const block of document.blocks) {
    if (block.kind === "table" && block.tableIndex === tableIndex) return block;
  }
  return undefined;
}

/** The text under `column` in the rows the plan row covers (continuation rows included). */
function columnText(table: TableBlock, row: ActionRow, column: PlanColumn): string {
  const texts: string[] = [];
  for (const rowIndex of row.rowIndices) {
    const tableRow = table.rows.find((candidate) => candidate.rowIndex === rowIndex);
    for (const cell of tableRow?.cells ?? []) {
      const overlaps =
        cell.gridColumn < column.gridColumn + column.gridSpan &&
        column.gridColumn < cell.gridColumn + cell.gridSpan;
      if (overlaps && cell.verticalMerge !== "continue" && cell.text.trim() !== "") {
        texts.push(cell.text);
      }
    }
  }
  return texts.join("\n");
}

/** Target and indicator, when the table has a column for each. */
function targetAndIndicator(
  document: DocumentModel,
  plan: Plan,
  row: ActionRow
): { target: string; indicator: string } {
  const single = row.cells.target?.text ?? "";
  const columns = plan.tables.find((table) => table.tableIndex === row.tableIndex)?.columns ?? [];
  const targets = columns.filter((column) => column.role === "target");
  if (targets.length < 2) {
    const only = targets[0];
    return only && isIndicatorColumn(only)
      ? { target: "", indicator: single }
      : { target: single, indicator: "" };
  }
  const table = tableOf(document, row.tableIndex);
  const indicatorColumn = targets.find(isIndicatorColumn);
  const targetColumn = targets.find((column) => column !== indicatorColumn);
  if (!table || !indicatorColumn || !targetColumn) return { target: single, indicator: "" };
  return {
    target: columnText(table, row, targetColumn),
    indicator: columnText(table, row, indicatorColumn),
  };
}

/**
 * TT57's "Nội dung cần cải tiến" starts with the criterion ("Tiêu chí 1.4: …" on its own line),
 * which the appendix has a column for: the line is not repeated in the content.
 */
function withoutCriterionLine(text: string, row: ActionRow): string {
  if (row.criterionCode === undefined) return text;
  const [first, ...rest] = text.split("\n");
  if (first === undefined || rest.length === 0) return text;
  return readCriterionLabel(first)?.code === row.criterionCode ? rest.join("\n") : text;
}

export function planRowParts(document: DocumentModel, plan: Plan, row: ActionRow): PlanRowParts {
  return {
    weakness: withoutCriterionLine(row.cells.weakness?.text ?? "", row),
    action: row.cells.action?.text ?? "",
    owner: row.cells.owner?.text ?? "",
    deadline: row.cells.deadline?.text ?? "",
    ...targetAndIndicator(document, plan, row),
  };
}
