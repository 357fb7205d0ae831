/**
 * A batch of the core's edits checked against the model they were planned from and turned into
 * operations: edits of one table are decided together (replaced, rewritten through its Office
 * Open XML, or edited natively when one native call does it all, so that one click is one undo
 * step), fragments go where they were asked to.
 */
import type { DocumentEdit } from "../../../core/edits/edit";
import type { DocumentModel, TableBlock } from "../../../core/model/document";
import { HostError } from "../../host";
import { MESSAGES } from "../messages";
import { topLevelTable } from "../model-tables";
import { InsertAfterBlock, InsertAtCursor, InsertAtEnd } from "./fragment-insertions";
import type { EditOperation } from "./operation";
import { rowStrategy } from "./row-strategy";
import { SetParagraphText } from "./set-paragraph-text";
import { InsertRowsNatively, RewriteTable, SetCellText } from "./table-operations";

type TableEdit = Exclude<DocumentEdit, { kind: "insertFragment" | "setParagraphText" }>;

const notFound = () => new HostError("not-found", MESSAGES.notFound);
const invalid = (message = MESSAGES.invalidInput) => new HostError("invalid-input", message);

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

function tableIndexOf(edit: TableEdit): number {
  return edit.kind === "setCellText" ? edit.cell.tableIndex : edit.tableIndex;
}

/** Throws a `HostError` for an edit that does not fit the model. */
function checkTableEdit(table: TableBlock | undefined, edit: TableEdit): TableBlock {
  if (!table) throw notFound();
  if (edit.kind === "insertRows") {
    if (!isIndex(edit.afterRowIndex, table.rows.length)) throw notFound();
    const like = edit.formatLikeRowIndex;
    if (like !== undefined && !isIndex(like, table.rows.length)) throw notFound();
  }
  if (edit.kind === "setCellText") {
    const row = table.rows[edit.cell.rowIndex];
    const cell = row?.cells[edit.cell.cellIndex];
    if (!row || !cell || !Number.isInteger(edit.cell.cellIndex)) throw notFound();
    if (cell.verticalMerge === "continue") throw invalid(MESSAGES.cellMergedBelow);
  }
  return table;
}

/** The same edit, aimed at the only table of that table's own package. */
function inOwnPackage(edit: TableEdit, table: TableBlock): DocumentEdit {
  switch (edit.kind) {
    case "setCellText":
      return { ...edit, cell: { ...edit.cell, tableIndex: 0 } };
    case "insertRows":
      return { ...edit, tableIndex: 0 };
    case "replaceTable": {
      // Our table inside its own content control: the control stays (the table is replaced
      // inside it), so the new table must not get a second one.
      const keepsControl =
        edit.table.marker !== undefined && edit.table.marker === table.contentControlTag;
      const spec = keepsControl ? { ...edit.table, marker: undefined } : edit.table;
      return { ...edit, tableIndex: 0, table: spec };
    }
  }
}

function tableOperations(table: TableBlock, edits: TableEdit[]): EditOperation[] {
  if (edits.some((edit) => edit.kind === "replaceTable")) {
    if (edits.length > 1) throw invalid(MESSAGES.conflictingEdits);
    return [
      new RewriteTable(
        table,
        edits.map((edit) => inOwnPackage(edit, table))
      ),
    ];
  }
  const rowEdits = edits.filter((edit) => edit.kind === "insertRows");
  const strategies = rowEdits.map((edit) => rowStrategy(table, edit));
  const sharedInsertionPoint =
    new Set(rowEdits.map((edit) => edit.afterRowIndex)).size < rowEdits.length;
  // Word has no way to group API calls into one undo step (no UndoRecord in Office.js): several
  // native operations on one table would each be undone separately, one rewrite is one step.
  const severalOperations = edits.length > 1;
  if (
    severalOperations ||
    sharedInsertionPoint ||
    strategies.some((strategy) => strategy.kind === "ooxml")
  ) {
    return [
      new RewriteTable(
        table,
        edits.map((edit) => inOwnPackage(edit, table))
      ),
    ];
  }
  return edits.flatMap((edit): EditOperation[] => {
    if (edit.kind === "setCellText") return [new SetCellText(table, edit)];
    if (edit.kind !== "insertRows") return [];
    const strategy = rowStrategy(table, edit);
    if (strategy.kind !== "native" || edit.rows.length === 0) return [];
    return [
      new InsertRowsNatively(
        table,
        edit.afterRowIndex,
        strategy.templateRowIndex,
        strategy.location,
        strategy.values
      ),
    ];
  });
}

export function planOperations(
  model: DocumentModel,
  edits: readonly DocumentEdit[]
): EditOperation[] {
  const operations: EditOperation[] = [];
  const byTable = new Map<number, { table: TableBlock; edits: TableEdit[] }>();
  for (const edit of edits) {
    if (edit.kind === "setParagraphText") {
      if (model.blocks[edit.blockIndex]?.kind !== "paragraph") throw notFound();
      operations.push(new SetParagraphText(edit));
      continue;
    }
    if (edit.kind === "insertFragment") {
      const { at, fragment } = edit;
      if (at.kind === "cursor") operations.push(new InsertAtCursor(fragment));
      else if (at.kind === "end") operations.push(new InsertAtEnd(fragment));
      else if (!isIndex(at.blockIndex, model.blocks.length)) throw notFound();
      else operations.push(new InsertAfterBlock(fragment, at.blockIndex));
      continue;
    }
    const tableIndex = tableIndexOf(edit);
    const table = checkTableEdit(topLevelTable(model, tableIndex), edit);
    const entry = byTable.get(tableIndex) ?? { table, edits: [] };
    entry.edits.push(edit);
    byTable.set(tableIndex, entry);
  }
  for (const { table, edits: tableEdits } of byTable.values()) {
    operations.push(...tableOperations(table, tableEdits));
  }
  return operations;
}
