/**
 * One plan table seen for insertion: its recognised columns and rows beside the document table,
 * and its standards' sections (the rows under each standard's group row or under the heading).
 */
import { normalizeStandardCode } from "../catalog/codes";
import { codeParts } from "./codes";
import { documentTable } from "./document-tables";
import type { DocumentModel, TableBlock } from "../model/document";
import type {
  ActionRow,
  LevelGroupRow,
  Plan,
  PlanRow,
  PlanTable,
  StandardGroupRow,
} from "../model/plan";

export interface TableView {
  table: PlanTable;
  block: TableBlock;
  /** The plan's rows in this table, in order. */
  rows: PlanRow[];
  /** The last header row (`w:tr` index); -1 when the table has no header rows. */
  headerEnd: number;
}

/** The rows under one standard: after its group row, or under the table's heading. */
export interface Section {
  standardCode: string;
  groupRow?: StandardGroupRow;
  /** Action and empty rows, in order. */
  rows: PlanRow[];
}

/** Tables of the plan that exist in the document, in document order. */
export function tableViews(document: DocumentModel, plan: Plan): TableView[] {
  const views: TableView[] = [];
  for (const table of [...plan.tables].sort((a, b) => a.tableIndex - b.tableIndex)) {
    const block = documentTable(document, table.tableIndex);
    if (!block) continue;
    views.push({
      table,
      block,
      rows: plan.rows
        .filter((row) => row.tableIndex === table.tableIndex)
        .sort((a, b) => a.rowIndex - b.rowIndex),
      headerEnd: table.headerRowIndices.length > 0 ? Math.max(...table.headerRowIndices) : -1,
    });
  }
  return views;
}

/** The last `w:tr` a logical row covers (continuation rows included). */
export function lastRowIndexOf(row: PlanRow): number {
  return Math.max(row.rowIndex, ...row.rowIndices);
}

/** A group row's standard as a number (2 for "2" or "II"); NaN when it names none. */
export function standardNumberOf(row: StandardGroupRow): number {
  return Number(normalizeStandardCode(row.standardCode) ?? Number.NaN);
}

/** The standard a row sits under, or, in a table without any, the standard of its code. */
export function placementStandardOf(row: ActionRow): string | undefined {
  if (row.standardCode !== undefined) return normalizeStandardCode(row.standardCode);
  const code = codeParts(row.criterionCode);
  return code === undefined ? undefined : String(code.standard);
}

export function standardGroupRows(view: TableView): StandardGroupRow[] {
  return view.rows.filter((row): row is StandardGroupRow => row.kind === "standardGroup");
}

/** "MỨC 4: …": a levels row that closes the criteria of levels 1–3. */
export function closesCriteria(row: LevelGroupRow): boolean {
  return !row.levels.some((level) => level <= 3);
}

/** The table divides its criteria by group rows ("MỨC 1, 2, 3", "Tiêu chuẩn 2: …"). */
export function hasGroupRows(view: TableView): boolean {
  return view.rows.some((row) => row.kind === "standardGroup" || row.kind === "levelGroup");
}

export function headingStandardOf(view: TableView): string | undefined {
  const code = view.table.headingStandard?.code;
  return code === undefined ? undefined : normalizeStandardCode(code);
}

/**
 * The table's sections in order. Rows before the first group row belong to the heading's standard
 * when the table has a heading (one table per standard), to no section otherwise.
 */
export function sectionsOf(view: TableView): Section[] {
  const sections: Section[] = [];
  const heading = headingStandardOf(view);
  let current: Section | undefined =
    heading === undefined ? undefined : { standardCode: heading, rows: [] };
  if (current) sections.push(current);
  for (const row of view.rows) {
    if (row.kind === "standardGroup") {
      const code = normalizeStandardCode(row.standardCode) ?? row.standardCode;
      current = { standardCode: code, groupRow: row, rows: [] };
      sections.push(current);
    } else if (row.kind === "levelGroup") {
      // "MỨC 4: …" ends the criteria; a "MỨC 1, 2, 3" row only announces them.
      if (closesCriteria(row)) current = undefined;
    } else if (current) {
      current.rows.push(row);
    }
  }
  return sections;
}
