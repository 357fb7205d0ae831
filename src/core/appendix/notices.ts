/** Notices of a refresh that are not cell conflicts: kept extra columns, flattened nested tables. */
import type { ColumnMapping } from "./column-mapping";
import type { ExistingAppendix } from "./existing-appendix";
import type { OldItem } from "./existing-rows";
import type { TableColumn } from "./table-columns";
import type { AppendixConflict } from "./types";

export function refreshNotices(
  existing: ExistingAppendix,
  items: readonly OldItem[],
  mapping: ColumnMapping,
  columns: readonly TableColumn[]
): AppendixConflict[] {
  const notices: AppendixConflict[] = mapping.extraHeaders.map((header) => ({
    kind: "extra-column-kept",
    header,
    message: {
      vi: `Cột "${header}" không có trong mẫu phụ lục: đã giữ nguyên cột này, đặt trước cột "Ghi chú".`,
      en: `The column "${header}" is not part of the appendix layout: it was kept, before "Ghi chú".`,
    },
  }));
  for (const item of items) {
    if (item.kind !== "data") continue;
    for (const column of item.flattened) {
      const key = mapping.keyOf(column);
      const target = columns.find((candidate) => candidate.key === key);
      const row = String(item.position + 1);
      notices.push({
        kind: "nested-table-flattened",
        column: target?.id ?? "extra",
        rowNumber: row,
        message: {
          vi: `Bảng lồng trong ô "${existing.columns[column]?.header ?? ""}" (dòng ${row} của bảng cũ) được chuyển thành các đoạn văn trong ô.`,
          en: `A table nested in the "${existing.columns[column]?.header ?? ""}" cell (row ${row} of the old table) became paragraphs of the cell.`,
        },
      });
    }
  }
  return notices;
}
