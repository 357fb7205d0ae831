import type { RowSpec } from "../../core/edits/spec";
import { tableGridWidth } from "../../core/model/document";
import type { EditableDocument } from "./editable-document";
import { OoxmlWriteError } from "./errors";
import { placeOnGrid } from "./grid-mapping";
import { nearestRowOfKind } from "./row-kinds";
import { rowTemplate, type RowTemplate } from "./row-template";
import type { Splice } from "./splices";
import { templateRowXml } from "./template-row-xml";

export interface RowInsertion {
  readonly tableIndex: number;
  readonly afterRowIndex: number;
  readonly rows: readonly RowSpec[];
  readonly formatLikeRowIndex?: number;
}

/**
 * New rows right after row `afterRowIndex`. Each copies the formatting of `formatLikeRowIndex`
 * when given, else of the nearest row of its own kind (a new group row looks like the table's
 * group rows, a data row like its data rows), else of the row it follows.
 */
export function planRowInsertion(
  document: EditableDocument,
  insertion: RowInsertion,
  editIndex: number
): Splice | undefined {
  const { table, source } = document.table(insertion.tableIndex);
  checkRowIndex(insertion.afterRowIndex, table.rows.length, "insert after");
  if (insertion.formatLikeRowIndex !== undefined) {
    checkRowIndex(insertion.formatLikeRowIndex, table.rows.length, "format like");
  }
  if (insertion.rows.length === 0) return undefined;
  const gridWidth = tableGridWidth(table);
  const templates = new Map<number, RowTemplate>();
  const markup = insertion.rows
    .map((row) => {
      const templateIndex =
        insertion.formatLikeRowIndex ?? nearestRowOfKind(table, insertion.afterRowIndex, row.kind);
      let template = templates.get(templateIndex);
      if (!template) {
        template = rowTemplate(document, table.rows[templateIndex]!, source);
        templates.set(templateIndex, template);
      }
      const cells = placeOnGrid(row, template, gridWidth);
      return templateRowXml(document.source, row, template, cells, table.gridColumnWidths);
    })
    .join("");
  const at = source.rows[insertion.afterRowIndex]!.end;
  return { start: at, end: at, markup, editIndex };
}

export function checkRowIndex(rowIndex: number, rowCount: number, purpose: string): void {
  if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= rowCount) {
    throw new OoxmlWriteError(
      "not-found",
      `there is no row ${rowIndex} to ${purpose} (the table has ${rowCount} rows)`
    );
  }
}
