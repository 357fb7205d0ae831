/**
 * Where each column of the existing appendix goes in the refreshed one: a layout column to itself,
 * anything else (a column staff added, or one the layout does not have) to a kept extra column —
 * unless it is empty from header to bottom.
 */
import { isBlank } from "./cell-content";
import type { ExistingAppendix } from "./existing-appendix";
import type { OldItem } from "./existing-rows";
import type { AppendixLayout } from "./layouts";
import { extraColumnKey } from "./table-columns";

export interface ColumnMapping {
  /** The refreshed table's column key for an existing column (index in `existing.columns`). */
  keyOf(existingColumn: number): string | undefined;
  /** The existing column holding a layout column, if the table has it. */
  existingColumnOf(key: string): number | undefined;
  extraHeaders: string[];
}

function hasBodyText(items: readonly OldItem[], column: number): boolean {
  return items.some((item) => item.kind === "data" && !isBlank(item.cells.get(column) ?? []));
}

export function mapColumns(
  existing: ExistingAppendix,
  layout: AppendixLayout,
  items: readonly OldItem[]
): ColumnMapping {
  const layoutIds = new Set<string>(layout.columns.map((column) => column.id));
  const keys = new Map<number, string>();
  const extraHeaders: string[] = [];
  existing.columns.forEach((column, index) => {
    if (column.id !== undefined && layoutIds.has(column.id)) {
      keys.set(index, column.id);
    } else if (column.header.trim() !== "" || hasBodyText(items, index)) {
      keys.set(index, extraColumnKey(extraHeaders.length));
      extraHeaders.push(column.header);
    }
  });
  const byKey = new Map<string, number>();
  for (const [index, key] of keys) byKey.set(key, index);
  return {
    keyOf: (existingColumn) => keys.get(existingColumn),
    existingColumnOf: (key) => byKey.get(key),
    extraHeaders,
  };
}
