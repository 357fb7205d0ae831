/**
 * The appendix to refresh, if the document has one: the table carrying our marker, else a table
 * recognition reads as a progress-report appendix (the fixture's hand-made one counts) whose
 * columns we can read. Of several, the marked one, then the last one.
 */
import type { AppendixTableRef } from "../analyze/types";
import type { DocumentModel, TableBlock } from "../model/document";
import {
  canMatchRows,
  layoutOfColumns,
  readExistingColumns,
  type ExistingColumn,
} from "./existing-columns";
import type { AppendixLayoutId } from "./types";

export interface ExistingAppendix {
  table: TableBlock;
  headerRowIndices: ReadonlySet<number>;
  columns: ExistingColumn[];
  layout: AppendixLayoutId;
  marked: boolean;
}

function topLevelTable(document: DocumentModel, tableIndex: number): TableBlock | undefined {
  for (const block of document.blocks) {
    if (block.kind === "table" && block.tableIndex === tableIndex) return block;
  }
  return undefined;
}

function readAppendix(
  table: TableBlock,
  ref: AppendixTableRef,
  marker: string
): ExistingAppendix | undefined {
  const headerRowIndices = new Set(ref.headerRowIndices);
  const columns = readExistingColumns(table, headerRowIndices);
  if (!canMatchRows(columns)) return undefined;
  return {
    table,
    headerRowIndices,
    columns,
    layout: layoutOfColumns(columns),
    marked: table.contentControlTag === marker,
  };
}

export function findExistingAppendix(
  document: DocumentModel,
  refs: readonly AppendixTableRef[],
  marker: string
): ExistingAppendix | undefined {
  const found: ExistingAppendix[] = [];
  for (const ref of refs) {
    const table = topLevelTable(document, ref.tableIndex);
    const appendix = table && readAppendix(table, ref, marker);
    if (appendix) found.push(appendix);
  }
  return found.find((appendix) => appendix.marked) ?? found[found.length - 1];
}
