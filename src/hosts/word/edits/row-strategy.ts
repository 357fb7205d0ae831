/**
 * How new rows get into a table. Word's own `TableRow.insertRows(location, count, values)`
 * (WordApi 1.3) copies a row — its height, borders, shading, cell formatting — and is cheap, but
 * copies it as it is: it cannot make a group row with merged cells (`mergeCells` is WordApi 1.4),
 * it carries any vertical merge of the copied row along, and it only fills plain text. So rows
 * go in natively only when they are plain text rows shaped exactly like the row the writer would
 * copy (the same one, so both hosts format new rows alike) and that row is right next to the
 * insertion point; every other case — group rows, merged cells around, formatted text — goes
 * through the table's Office Open XML (`rewrite-table.ts`), which states merges exactly.
 */
import type { RowSpec } from "../../../core/edits/spec";
import type { TableBlock } from "../../../core/model/document";
// The writer's choice of the row new rows are formatted like (not exported from its index).
import { nearestRowOfKind } from "../../../ooxml/write/row-kinds";

export type RowStrategy =
  | { kind: "native"; templateRowIndex: number; location: "Before" | "After"; values: string[][] }
  | { kind: "ooxml" };

export interface RowInsertionEdit {
  afterRowIndex: number;
  rows: RowSpec[];
  formatLikeRowIndex?: number;
}

export function rowStrategy(table: TableBlock, edit: RowInsertionEdit): RowStrategy {
  const templates = new Set(
    edit.rows.map(
      (row) => edit.formatLikeRowIndex ?? nearestRowOfKind(table, edit.afterRowIndex, row.kind)
    )
  );
  const [templateRowIndex] = [...templates];
  if (templates.size !== 1 || templateRowIndex === undefined) return { kind: "ooxml" };
  const location =
    templateRowIndex === edit.afterRowIndex
      ? "After"
      : templateRowIndex === edit.afterRowIndex + 1
        ? "Before"
        : undefined;
  const template = table.rows[templateRowIndex];
  const next = table.rows[edit.afterRowIndex + 1];
  if (!location || !template) return { kind: "ooxml" };
  const plainTemplate =
    !template.repeatsAsHeader &&
    template.gridBefore === 0 &&
    template.gridAfter === 0 &&
    template.cells.every((cell) => cell.verticalMerge === "none");
  const cutsMerge = next?.cells.some((cell) => cell.verticalMerge === "continue") ?? false;
  const shapedLikeTemplate = edit.rows.every(
    (row) =>
      row.kind !== "header" &&
      row.cells.length === template.cells.length &&
      row.cells.every(
        (cell, index) =>
          (cell.span ?? 1) === template.cells[index]?.gridSpan &&
          cell.verticalMerge === undefined &&
          cell.alignment === undefined &&
          cell.verticalAlignment === undefined &&
          cell.shaded === undefined &&
          cell.paragraphs.length <= 1 &&
          cell.paragraphs.every((runs) =>
            runs.every((run) => run.bold === undefined && run.italic === undefined)
          )
      )
  );
  if (!plainTemplate || cutsMerge || !shapedLikeTemplate) return { kind: "ooxml" };
  const values = edit.rows.map((row) =>
    row.cells.map((cell) =>
      cell.paragraphs.map((runs) => runs.map((run) => run.text).join("")).join("")
    )
  );
  return { kind: "native", templateRowIndex, location, values };
}
