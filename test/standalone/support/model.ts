/** Small hand-made documents for the table view: spans, merges and breaks as the docx reader gives them. */
import type {
  DocumentModel,
  TableBlock,
  TableCell,
  TableRow,
  VerticalMerge,
} from "../../../src/core/model/document";

export interface CellInput {
  text: string;
  gridColumn: number;
  gridSpan?: number;
  verticalMerge?: VerticalMerge;
  bold?: boolean;
}

export function cell(input: CellInput, physicalIndex: number): TableCell {
  return {
    text: input.text,
    paragraphs: input.text.split("\n\n").map((text) => ({ text, bold: input.bold ?? false })),
    gridColumn: input.gridColumn,
    gridSpan: input.gridSpan ?? 1,
    verticalMerge: input.verticalMerge ?? "none",
    physicalIndex,
    nestedTables: [],
  };
}

export function row(
  rowIndex: number,
  cells: CellInput[],
  options: Partial<Pick<TableRow, "gridBefore" | "gridAfter" | "repeatsAsHeader">> = {}
): TableRow {
  return {
    rowIndex,
    cells: cells.map((input, index) => cell(input, index)),
    repeatsAsHeader: options.repeatsAsHeader ?? false,
    gridBefore: options.gridBefore ?? 0,
    gridAfter: options.gridAfter ?? 0,
  };
}

export function table(rows: TableRow[], gridColumnWidths: number[] = []): TableBlock {
  return { kind: "table", blockIndex: 0, tableIndex: 0, gridColumnWidths, rows };
}

/**
 * Four grid columns: a header with a horizontally merged cell; an owner cell merged down two rows
 * (restart, continue); a cell with a line break; a row that starts one column in (`gridBefore`)
 * and spans the rest.
 */
export function mergedTable(): TableBlock {
  return table(
    [
      row(
        0,
        [
          { text: "TT", gridColumn: 0 },
          { text: "Nội dung", gridColumn: 1, gridSpan: 2 },
          { text: "Người thực hiện", gridColumn: 3 },
        ],
        { repeatsAsHeader: true }
      ),
      row(1, [
        { text: "1", gridColumn: 0 },
        { text: "Dòng một\ndòng hai", gridColumn: 1 },
        { text: "x", gridColumn: 2 },
        { text: "Hiệu trưởng", gridColumn: 3, verticalMerge: "restart" },
      ]),
      row(2, [
        { text: "2", gridColumn: 0 },
        { text: "", gridColumn: 1 },
        { text: "y", gridColumn: 2 },
        { text: "", gridColumn: 3, verticalMerge: "continue" },
      ]),
      row(3, [{ text: "Nhóm", gridColumn: 1, gridSpan: 3, bold: true }], { gridBefore: 1 }),
    ],
    [600, 3000, 2000, 1800]
  );
}

export function documentWith(...tables: TableBlock[]): DocumentModel {
  return {
    blocks: tables.map((block, blockIndex) => ({ ...block, blockIndex, tableIndex: blockIndex })),
  };
}
