/** Reading edits in tests: the inserted rows' texts, the TT changes. */
import {
  findCriterion,
  findStandard,
  getCatalog,
  type CatalogId,
} from "../../../../src/core/catalog";
import type { DocumentEdit } from "../../../../src/core/edits/edit";
import type { CellSpec, RowSpec } from "../../../../src/core/edits/spec";

export type InsertRowsEdit = Extract<DocumentEdit, { kind: "insertRows" }>;
export type SetCellTextEdit = Extract<DocumentEdit, { kind: "setCellText" }>;

export function insertRowsEdits(edits: readonly DocumentEdit[]): InsertRowsEdit[] {
  return edits.filter((edit): edit is InsertRowsEdit => edit.kind === "insertRows");
}

export function setCellTextEdits(edits: readonly DocumentEdit[]): SetCellTextEdit[] {
  return edits.filter((edit): edit is SetCellTextEdit => edit.kind === "setCellText");
}

export function cellText(cell: CellSpec | undefined): string {
  return (cell?.paragraphs ?? []).map((runs) => runs.map((run) => run.text).join("")).join("\n");
}

export function rowTexts(row: RowSpec): string[] {
  return row.cells.map(cellText);
}

/** Where each row went: "after 2: criterion:2.1", in edit order. */
export function placements(edits: readonly DocumentEdit[]): string[] {
  return insertRowsEdits(edits).flatMap((edit) =>
    edit.rows.map((row) => `t${edit.tableIndex} after ${edit.afterRowIndex}: ${row.key ?? "?"}`)
  );
}

export function spanSum(row: RowSpec): number {
  return row.cells.reduce((sum, cell) => sum + (cell.span ?? 1), 0);
}

/** "Tiêu chí 2.3: Đối với nhân viên", from the catalog. */
export function criterionLabel(catalogId: CatalogId, code: string): string {
  const criterion = findCriterion(getCatalog(catalogId), code);
  if (!criterion) throw new Error(`no criterion ${code} in ${catalogId}`);
  return `Tiêu chí ${criterion.code}: ${criterion.title}`;
}

/** "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên", from the catalog. */
export function standardLabel(catalogId: CatalogId, code: string): string {
  const standard = findStandard(getCatalog(catalogId), code);
  if (!standard) throw new Error(`no standard ${code} in ${catalogId}`);
  return `Tiêu chuẩn ${standard.code}: ${standard.title}`;
}
