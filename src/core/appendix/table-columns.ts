/**
 * The columns of the table written: the layout's, plus any column staff added to an existing
 * appendix (kept with its header, before "Ghi chú", so its text survives a refresh).
 */
import type { SpecAlignment } from "../edits/spec";
import { SCHOOL_YEAR_PLACEHOLDER, type AppendixLayout, type ColumnSource } from "./layouts";
import type { AppendixColumnId } from "./types";

/** Weight of a column staff added: about a result column's width. */
const EXTRA_COLUMN_WEIGHT = 12;

export interface TableColumn {
  /** Unique in the table: the layout column's id, or "extra:<n>". */
  key: string;
  /** The layout column; undefined for a column staff added. */
  id?: AppendixColumnId;
  source: ColumnSource;
  header: string;
  group?: string;
  weight: number;
  alignment?: SpecAlignment;
}

export function extraColumnKey(index: number): string {
  return `extra:${index}`;
}

export function tableColumns(
  layout: AppendixLayout,
  extraHeaders: readonly string[],
  schoolYear: string
): TableColumn[] {
  const columns: TableColumn[] = layout.columns.map((column) => ({
    key: column.id,
    id: column.id,
    source: column.source,
    header: column.header,
    ...(column.group !== undefined
      ? { group: column.group.replace(SCHOOL_YEAR_PLACEHOLDER, schoolYear) }
      : {}),
    weight: column.weight,
    ...(column.alignment !== undefined ? { alignment: column.alignment } : {}),
  }));
  const extras: TableColumn[] = extraHeaders.map((header, index) => ({
    key: extraColumnKey(index),
    source: "staff",
    header,
    weight: EXTRA_COLUMN_WEIGHT,
  }));
  const noteAt = columns.findIndex((column) => column.id === "note");
  columns.splice(noteAt < 0 ? columns.length : noteAt, 0, ...extras);
  return columns;
}
