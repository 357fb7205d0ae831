/** Reading and typing the cells of an appendix table by column, as staff would fill it in. */
import {
  APPENDIX_LAYOUTS,
  type AppendixColumnId,
  type AppendixLayoutId,
  type DocumentEdit,
  type TableBlock,
  type TableRow,
} from "../../../../src/core";
import { apply, read, tables } from "./documents";

export function columnIndex(layout: AppendixLayoutId, id: AppendixColumnId): number {
  return APPENDIX_LAYOUTS[layout].columns.findIndex((column) => column.id === id);
}

/** Body rows with a cell per column (not group rows, not free text across the table). */
export function dataRows(table: TableBlock, layout: AppendixLayoutId = "report"): TableRow[] {
  const width = APPENDIX_LAYOUTS[layout].columns.length;
  return table.rows.slice(2).filter((row) => row.cells.length === width);
}

export function cellOf(
  row: TableRow | undefined,
  id: AppendixColumnId,
  layout: AppendixLayoutId = "report"
): string {
  return row?.cells[columnIndex(layout, id)]?.text ?? "";
}

export interface Typing {
  /** Position among the data rows. */
  row: number;
  column: AppendixColumnId;
  text: string;
}

/** The document with the texts typed into the last table (the appendix), replacing what was there. */
export function typeInAppendix(
  xml: string,
  typings: readonly Typing[],
  layout: AppendixLayoutId = "report"
): string {
  const table = tables(read(xml).model).at(-1);
  if (!table) throw new Error("no appendix table");
  const rows = dataRows(table, layout);
  const edits: DocumentEdit[] = typings.map(({ row, column, text }) => {
    const target = rows[row];
    if (!target) throw new Error(`no data row ${row}`);
    const cellIndex = columnIndex(layout, column);
    return {
      kind: "setCellText",
      cell: { tableIndex: table.tableIndex, rowIndex: target.rowIndex, cellIndex },
      expectedText: target.cells[cellIndex]?.text ?? "",
      text,
    };
  });
  return apply(xml, edits);
}
