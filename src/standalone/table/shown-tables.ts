/**
 * Which tables of the document the page draws: the plan's tables, the report appendix (so staff see
 * what "Tạo phụ lục" made), and any other table a finding points at; in document order. Layout
 * tables (issuer and motto, signature) are left out: they hold no finding and would only push
 * the plan down.
 */
import type { AnalyzeResult } from "../../core/analyze/types";
import type { DocumentModel, TableBlock } from "../../core/model/document";
import type { Finding } from "../../core/model/finding";

export type ShownTableKind = "plan" | "appendix" | "other";

export interface ShownTable {
  table: TableBlock;
  kind: ShownTableKind;
  /** Rows drawn as column headers (`thead`). */
  headerRowIndices: ReadonlySet<number>;
  /** Group rows ("MỨC 1, 2, 3", "Tiêu chuẩn 2: …"), drawn on a light fill as in the document. */
  groupRowIndices: ReadonlySet<number>;
  /** The heading paragraph a one-table-per-standard plan puts above the table. */
  heading?: string;
}

function headerRowsOf(table: TableBlock): number[] {
  return table.rows.filter((row) => row.repeatsAsHeader).map((row) => row.rowIndex);
}

export function shownTables(
  document: DocumentModel,
  analysis: AnalyzeResult | undefined,
  findings: readonly Finding[]
): ShownTable[] {
  const shown = new Map<number, Omit<ShownTable, "table">>();
  const groupRows = new Map<number, Set<number>>();
  for (const plan of analysis?.plans ?? []) {
    for (const row of plan.rows) {
      if (row.kind !== "levelGroup" && row.kind !== "standardGroup") continue;
      const rows = groupRows.get(row.tableIndex) ?? new Set<number>();
      row.rowIndices.forEach((index) => rows.add(index));
      groupRows.set(row.tableIndex, rows);
    }
    for (const table of plan.tables) {
      shown.set(table.tableIndex, {
        kind: "plan",
        headerRowIndices: new Set(table.headerRowIndices),
        groupRowIndices: groupRows.get(table.tableIndex) ?? new Set(),
        heading: table.headingStandard
          ? headingText(document, table.headingStandard.blockIndex)
          : undefined,
      });
    }
  }
  for (const appendix of analysis?.appendixTables ?? []) {
    if (shown.has(appendix.tableIndex)) continue;
    shown.set(appendix.tableIndex, {
      kind: "appendix",
      headerRowIndices: new Set(appendix.headerRowIndices),
      groupRowIndices: new Set(),
    });
  }
  const tables = document.blocks.filter(
    (block): block is TableBlock => block.kind === "table" && block.tableIndex >= 0
  );
  for (const finding of findings) {
    const index = finding.location.tableIndex ?? finding.location.cell?.tableIndex;
    const table = tables.find((candidate) => candidate.tableIndex === index);
    if (table && !shown.has(table.tableIndex)) {
      shown.set(table.tableIndex, {
        kind: "other",
        headerRowIndices: new Set(headerRowsOf(table)),
        groupRowIndices: new Set(),
      });
    }
  }
  return tables.flatMap((table) => {
    const entry = shown.get(table.tableIndex);
    return entry ? [{ table, ...entry }] : [];
  });
}

function headingText(document: DocumentModel, blockIndex: number): string | undefined {
  const block = document.blocks[blockIndex];
  return block?.kind === "paragraph" ? block.text : undefined;
}
